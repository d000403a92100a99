#include "services/common/app_log.h"

#include "core/common/log_category.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <cstdio>

namespace sd {

namespace {

QMutex g_mutex; // one writer per process; the lock file orders processes during a rotation
QString g_path;
QtMessageHandler g_previous = nullptr;
bool g_installed = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "D";
    case QtInfoMsg:
        return "I";
    case QtWarningMsg:
        return "W";
    case QtCriticalMsg:
        return "E";
    case QtFatalMsg:
        return "F";
    }
    return "?";
}

void rotateIfFull(const QString &path)
{
    if (QFileInfo(path).size() < AppLog::kMaxBytes)
        return;
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(200))
        return; // another program is rotating; write on, the next message tries again
    if (QFileInfo(path).size() < AppLog::kMaxBytes)
        return; // it just did
    QFile::remove(QStringLiteral("%1.%2").arg(path).arg(AppLog::kKeptFiles));
    for (int i = AppLog::kKeptFiles - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(path).arg(i), QStringLiteral("%1.%2").arg(path).arg(i + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line =
        QStringLiteral("%1 %2 %3 [%4 %5] %6\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
                 QLatin1String(context.category ? context.category : "default"),
                 QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName())
            .arg(QCoreApplication::applicationPid())
            .arg(AppLog::scrub(message).replace(QLatin1Char('\n'), QLatin1String(" / ")));
    bool written = false;
    {
        QMutexLocker locker(&g_mutex);
        if (!g_path.isEmpty()) {
            rotateIfFull(g_path);
            QFile file(g_path);
            if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                const QByteArray bytes = line.toUtf8();
                written = file.write(bytes) == bytes.size();
            }
        }
    }
    if (!written) {
        if (g_previous)
            g_previous(type, context, message);
        else
            std::fputs(line.toLocal8Bit().constData(), stderr);
    }
}

} // namespace

QString AppLog::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

bool AppLog::install(const QString &folder)
{
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(dir))
        return false;
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    {
        QMutexLocker locker(&g_mutex);
        g_path = QDir(dir).filePath(QStringLiteral("sellerdesk.log"));
    }
    if (!g_installed) {
        g_previous = qInstallMessageHandler(handler);
        g_installed = true;
    }
    return true;
}

void AppLog::uninstall()
{
    if (g_installed)
        qInstallMessageHandler(g_previous);
    g_installed = false;
    g_previous = nullptr;
    QMutexLocker locker(&g_mutex);
    g_path.clear();
}

QString AppLog::filePath()
{
    QMutexLocker locker(&g_mutex);
    return g_path;
}

QString AppLog::scrub(const QString &text)
{
    // Korean phone numbers with or without separators (mobile 01X, Seoul 02, area 0XX, 050X safe numbers),
    // then e-mail addresses. Digit runs that are no phone number (order numbers, amounts) are kept: a
    // phone number starts with 0 and has 9 to 11 digits in groups of 2-4 / 3-4 / 4.
    static const QRegularExpression phone(
        QStringLiteral("(?<![0-9])0[0-9]{1,3}[-. ]?[0-9]{3,4}[-. ]?[0-9]{4}(?![0-9])"));
    static const QRegularExpression mail(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    QString out = text;
    out.replace(phone, QStringLiteral("[phone]"));
    out.replace(mail, QStringLiteral("[e-mail]"));
    return out;
}

Result storageFailure(const QString &message, const QString &detail)
{
    qCWarning(sdStorage).noquote() << message << "|" << detail;
    const QString log = AppLog::filePath();
    if (log.isEmpty())
        return Result::fail(ErrorKind::Storage, message);
    return Result::fail(ErrorKind::Storage,
                        QCoreApplication::translate("sd::AppLog", "%1\nThe details are in the log: %2")
                            .arg(message, QDir::toNativeSeparators(log)));
}

Result storageFailure(const QString &message, const Result &cause)
{
    return storageFailure(message, cause.detail.isEmpty() ? cause.message : cause.detail);
}

} // namespace sd
