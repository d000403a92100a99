#include "services/orders/order_import.h"
#include "services/orders/order_import_internal.h"

#include "core/access/personal_data_mask.h"
#include "core/calendar/seoul_time.h"
#include "core/common/literal_lookup.h"
#include "core/common/log_category.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "core/orders/order_field.h"
#include "core/orders/order_transition.h"
#include "io/formats/csv_writer.h"
#include "io/formats/pending_file.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "services/common/app_log.h"
#include "services/common/bulk_run.h"
#include "services/orders/order_import_timing.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/orders/order_import_stage.h"
#include "storage/orders/order_repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QThread>

namespace sd {

namespace {

using Kind = OrderImportRow::Kind;

OrderImportPhaseObserver &phaseObserver()
{
    static OrderImportPhaseObserver observer;
    return observer;
}

QString profilesFolder(const QString &databasePath)
{
    return storeFilesFolder(databasePath) + QStringLiteral("/profiles");
}

} // namespace

void orderImportPhaseEnded(const char *phase)
{
    if (phaseObserver())
        phaseObserver()(phase);
}

void setOrderImportPhaseObserver(OrderImportPhaseObserver observer)
{
    phaseObserver() = std::move(observer);
}

OrderImportService::OrderImportService(Workspace &workspace, const UserSession &user)
    : m_ws(workspace), m_user(user)
{
}

bool OrderImportService::mayImport(const UserSession &user)
{
    return user.can(Permission::ImportOrders);
}

Result OrderImportService::readFile(const QString &fileName, QByteArray *bytes)
{
    const QString error = readImportFile(fileName, kMaxFileBytes, bytes);
    return error.isEmpty() ? Result::success() : Result::fail(ErrorKind::BadInput, error);
}

QList<OrderProfile> OrderImportService::userProfilesOf(const QString &databasePath)
{
    QList<OrderProfile> list;
    if (databasePath.isEmpty())
        return list;
    const QDir folder(profilesFolder(databasePath));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(folder.filePath(name));
        if (f.size() > 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        QString error;
        if (const auto p = profileFromJson(f.readAll(), &error))
            list << *p;
        else
            qWarning("user profile %s unreadable: %s", qPrintable(name), qPrintable(error));
    }
    return list;
}

QList<OrderProfile> OrderImportService::profilesOf(const QString &databasePath)
{
    QList<OrderProfile> all = builtInProfiles();
    for (const OrderProfile &p : userProfilesOf(databasePath)) {
        bool taken = false;
        for (const OrderProfile &b : builtInProfiles())
            taken = taken || b.name.compare(p.name, Qt::CaseInsensitive) == 0;
        if (!taken)
            all << p;
    }
    return all;
}

QList<OrderProfile> OrderImportService::profiles() const
{
    return profilesOf(m_ws.databasePath());
}

std::optional<OrderProfile> OrderImportService::profile(const QString &name) const
{
    for (const OrderProfile &p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

ProfileMatch OrderImportService::recognise(const TableRows &rows,
                                           const QList<OrderProfile> &userProfiles)
{
    QList<const OrderProfile *> candidates;
    for (const OrderProfile &p : builtInProfiles())
        candidates << &p;
    for (const OrderProfile &p : userProfiles)
        candidates << &p;
    return recogniseProfile(rows, candidates);
}

Result OrderImportService::saveUserProfile(const QString &name, const QMap<QString, QString> &mapping,
                                           std::optional<Channel> channel, const QString &title, bool replace)
{
    if (!mayImport(m_user))
        return Result::fail(ErrorKind::Permission,
                            tr("Your role (%1) may not import orders.").arg(roleLabel(m_user.role)));
    static const QRegularExpression allowed(QStringLiteral("^[\\w\\-. ]{1,40}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString trimmed = name.trimmed();
    if (!allowed.match(trimmed).hasMatch() || trimmed.startsWith(QLatin1Char('.')))
        return Result::fail(
            ErrorKind::BadInput,
            tr("A profile name has 1 to 40 letters, digits, spaces, dots, hyphens or underscores."));
    for (const OrderProfile &b : builtInProfiles()) {
        if (b.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Result::fail(
                ErrorKind::BadInput,
                tr("%1 is the name of a built-in profile; choose another name.").arg(trimmed));
    }
    OrderProfile p;
    p.name = trimmed;
    p.title = title.isEmpty() ? trimmed : title;
    p.channel = channel;
    p.source = tr("Mapped by %1").arg(m_user.displayName);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!isKnownImportField(it.key()))
            return Result::fail(ErrorKind::BadInput, tr("\"%1\" is not a field of an order.").arg(it.key()));
        if (it.value().trimmed().isEmpty())
            continue;
        ProfileColumn c;
        c.field = it.key();
        c.headers << it.value().trimmed();
        p.columns << c;
    }
    for (const QString &needed : requiredImportFields()) {
        ProfileColumn *c = nullptr;
        for (ProfileColumn &col : p.columns)
            c = col.field == needed ? &col : c;
        if (!c)
            return Result::fail(ErrorKind::BadInput,
                                tr("Choose the column of the field %1.").arg(importFieldLabel(needed)));
        c->required = true;
    }
    if (!channel && !p.column(QStringLiteral("channel")))
        return Result::fail(ErrorKind::BadInput,
                            tr("Choose the channel of the file, or the column that names it."));
    const QString folder = profilesFolder(m_ws.databasePath());
    if (!QDir().mkpath(folder))
        return Result::fail(ErrorKind::Storage, tr("The folder %1 cannot be created.").arg(folder));
    const QString path = folder + QLatin1Char('/') + trimmed + QStringLiteral(".json");
    if (!replace && QFileInfo::exists(path))
        return Result::fail(ErrorKind::Rule, tr("You already have a profile named %1.").arg(trimmed));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(profileToJson(p)) < 0 || !file.commit())
        return storageFailure(tr("The profile could not be saved in %1.").arg(QDir::toNativeSeparators(folder)),
                              file.errorString());
    restrictToOwner(file.fileName());
    return Result::success();
}

QString OrderImportService::cannotWrite(const QString &fileName)
{
    return tr("%1 cannot be written (is the disk full or the folder read-only?).")
        .arg(QDir::toNativeSeparators(fileName));
}

Result OrderImportService::saveProblems(const OrderImportPlan &plan, const QString &fileName)
{
    PendingFile pending(fileName);
    QFile out(pending.temporaryPath());
    if (!pending.isValid() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return pending.isValid()
                   ? storageFailure(cannotWrite(fileName), out.errorString())
                   : Result::fail(ErrorKind::Storage,
                                  tr("%1 cannot be written: %2")
                                      .arg(QDir::toNativeSeparators(fileName), pending.errorString()),
                                  pending.result().detail);
    CsvWriter csv(&out);
    bool written = csv.writeRow({tr("Row"), tr("Product order no."), tr("Problem"), tr("Reason")});
    for (const OrderImportRow &row : plan.rows) {
        if (row.kind != Kind::Bad && row.kind != Kind::Conflict)
            continue;
        written =
            written && csv.writeRow({row.line > 0 ? QString::number(row.line) : QString(), row.productOrderNo,
                                     row.kind == Kind::Bad ? tr("Bad row") : tr("Conflict"), row.reason});
    }
    if (plan.moreProblems > 0)
        written = written && csv.writeRow({QString(), QString(), QString(),
                                           tr("… and %n more problems.", nullptr, plan.moreProblems)});
    written = written && csv.finish();
    out.close();
    if (!written || out.error() != QFileDevice::NoError || !pending.commit())
        return out.error() != QFileDevice::NoError ? storageFailure(cannotWrite(fileName), out.errorString())
                                                   : storageFailure(cannotWrite(fileName), pending.result());
    return Result::success();
}

} // namespace sd
