#pragma once
#include <QList>
#include <QString>

namespace sd {

// Why unmasked personal data was read: one row of `personal_data_access` per command, opened order or
// export (services/personal_data_access).
enum class AccessPurpose {
    List,    // a command printed orders (sellerdesk-cli list orders)
    Details, // one order opened (the details pane, sellerdesk-cli order show)
    Export,  // a file was written
};

QString accessPurposeCode(AccessPurpose purpose);  // stored: "list", "details", "export"
QString accessPurposeLabel(AccessPurpose purpose); // translated, for the staff issue's view

// What one record says was read. Ids are kept when at most kMaxKeptIds; beyond that the filter text.
struct PersonalDataRead
{
    AccessPurpose purpose = AccessPurpose::List;
    qint64 orders = 0;
    QList<qint64> orderIds; // may be empty when `filter` says what was read
    QString filter;         // the selection as the user gave it (no personal data of others)
    static constexpr int kMaxKeptIds = 100;
};

} // namespace sd
