#include "core/access/personal_data_access.h"

#include <QCoreApplication>

namespace sd {

QString accessPurposeCode(AccessPurpose purpose)
{
    switch (purpose) {
    case AccessPurpose::List:
        return QStringLiteral("list");
    case AccessPurpose::Details:
        return QStringLiteral("details");
    case AccessPurpose::Export:
        return QStringLiteral("export");
    }
    return {};
}

QString accessPurposeLabel(AccessPurpose purpose)
{
    switch (purpose) {
    case AccessPurpose::List:
        return QCoreApplication::translate("sd::AccessPurpose", "List");
    case AccessPurpose::Details:
        return QCoreApplication::translate("sd::AccessPurpose", "Order opened");
    case AccessPurpose::Export:
        return QCoreApplication::translate("sd::AccessPurpose", "Export");
    }
    return {};
}

} // namespace sd
