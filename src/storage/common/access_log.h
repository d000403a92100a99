#pragma once
#include "core/access/personal_data_access.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sd {

// `personal_data_access`: one row per read of unmasked personal data. The caller owns the transaction.
Result writeAccessRecord(QSqlDatabase db, const QDateTime &at, qint64 userId, const QString &program,
                         const PersonalDataRead &read);

struct AccessRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 userId = 0;
    QString program;
    QString purpose; // code
    qint64 orders = 0;
    QList<qint64> orderIds;
    QString filter;
};

// The newest first; for tests and, later, the staff issue's view.
QList<AccessRecord> readAccessRecords(QSqlDatabase db, int limit, Result *status = nullptr);

} // namespace sd
