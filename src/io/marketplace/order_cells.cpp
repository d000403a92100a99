#include "io/marketplace/order_cells.h"

#include "core/calendar/seoul_time.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace sd {

namespace {

// Translation context "sd::OrderCells": OrderCellsText::tr("...") is filed there by lupdate and looked up
// there (a plain function called tr() would be filed under "sd" and never found).
class OrderCellsText
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderCells)
};

bool isScientific(const QString &text)
{
    static const QRegularExpression scientific(QStringLiteral("^[+-]?\\d+(\\.\\d*)?[Ee][+-]?\\d+$"));
    return scientific.match(text).hasMatch();
}

std::optional<QDateTime> fromSerial(const QString &text)
{
    // Excel's serial dates between 1950 and 2100; a pure number elsewhere is not a date.
    static const QRegularExpression number(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
    if (!number.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double serial = text.toDouble(&ok);
    if (!ok || serial < 18264 || serial > 73051)
        return std::nullopt;
    const qint64 days = qint64(serial);
    const qint64 secs = qRound64((serial - double(days)) * 86400.0);
    const QDate date = QDate(1899, 12, 30).addDays(days);
    const QDateTime seoul(date, QTime(0, 0), seoulZone());
    return seoul.addSecs(secs).toUTC();
}

// ASCII digits only, at most `maxDigits` of them, with an optional leading minus (what most downloads
// write): the common cell is read without the general path's copies and regular expressions.
bool isPlainInteger(QStringView t, int maxDigits)
{
    const qsizetype start = t.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (t.size() == start || t.size() - start > maxDigits)
        return false;
    for (qsizetype i = start; i < t.size(); ++i) {
        if (t[i] < QLatin1Char('0') || t[i] > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The date-time form of parseSeoulDateTimeCell's expression, read by hand ("2026-11-30 14:03:22",
// "2026.11.30", "2026/11/30 14:03"): nullopt for anything else, which then takes the general path.
std::optional<QDateTime> parseCommonDateTime(QStringView t)
{
    qsizetype i = 0;
    const auto number = [&](int minDigits, int maxDigits, int *value) {
        int digits = 0;
        *value = 0;
        while (i < t.size() && digits < maxDigits && t[i] >= QLatin1Char('0') && t[i] <= QLatin1Char('9')) {
            *value = *value * 10 + (t[i].unicode() - '0');
            ++i;
            ++digits;
        }
        return digits >= minDigits;
    };
    const auto separator = [&] {
        if (i < t.size() &&
            (t[i] == QLatin1Char('-') || t[i] == QLatin1Char('.') || t[i] == QLatin1Char('/'))) {
            ++i;
            return true;
        }
        return false;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!number(4, 4, &y) || !separator() || !number(1, 2, &mo) || !separator() || !number(1, 2, &d))
        return std::nullopt;
    if (i < t.size() && t[i] == QLatin1Char('.'))
        ++i;
    if (i < t.size()) {
        const qsizetype gap = i;
        while (i < t.size() && (t[i] == QLatin1Char(' ') || t[i] == QLatin1Char('T')))
            ++i;
        if (i == gap || !number(1, 2, &h) || i >= t.size() || t[i++] != QLatin1Char(':') ||
            !number(2, 2, &mi))
            return std::nullopt;
        if (i < t.size() && (t[i++] != QLatin1Char(':') || !number(2, 2, &sec)))
            return std::nullopt;
        if (i < t.size())
            return std::nullopt;
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid() || date.year() < 2000 || date.year() > 2100)
        return std::nullopt;
    return QDateTime(date, time, seoulZone()).toUTC();
}

} // namespace

QString plainCell(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() >= 2 && t.at(0) == QLatin1Char('\'')) {
        const QChar next = t.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@') || next == QLatin1Char('\t'))
            t.remove(0, 1);
    }
    return t;
}

std::optional<Won> parseWonCell(const QString &text, QString *reason)
{
    QString t = plainCell(text);
    if (isPlainInteger(t, 15))
        return t.toLongLong();
    t.remove(QLatin1Char(',')).remove(QStringLiteral("원")).remove(QChar(0x20A9)).remove(QChar(0xFFE6));
    t = t.trimmed();
    if (t.contains(QLatin1Char('.'))) {
        if (reason)
            *reason = OrderCellsText::tr("\"%1\" is not a whole amount in won (won have no decimals).")
                          .arg(text.trimmed());
        return std::nullopt;
    }
    static const QRegularExpression digits(QStringLiteral("^-?\\d{1,15}$"));
    if (!digits.match(t).hasMatch()) {
        if (reason)
            *reason = OrderCellsText::tr("\"%1\" is not an amount in won.").arg(text.trimmed());
        return std::nullopt;
    }
    return t.toLongLong();
}

std::optional<int> parseCountCell(const QString &text, QString *reason)
{
    QString t = plainCell(text);
    t.remove(QLatin1Char(','));
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n <= 0 || n > 1'000'000) {
        if (reason)
            *reason = OrderCellsText::tr("\"%1\" is not a quantity (a whole number of at least 1).")
                          .arg(text.trimmed());
        return std::nullopt;
    }
    return n;
}

std::optional<QDateTime> parseSeoulDateTimeCell(const QString &text, QString *reason)
{
    const QString t = plainCell(text);
    if (const auto common = parseCommonDateTime(t))
        return common;
    if (const auto serial = fromSerial(t))
        return serial;
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression compactForm(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        m = compactForm.match(t);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time = m.lastCapturedIndex() >= 5 && !m.captured(4).isEmpty()
                               ? QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt())
                               : QTime(0, 0);
        if (date.isValid() && time.isValid() && date.year() >= 2000 && date.year() <= 2100)
            return QDateTime(date, time, seoulZone()).toUTC();
    }
    if (reason)
        *reason = OrderCellsText::tr("\"%1\" is not a date and time (for example 2026-11-30 14:03).")
                      .arg(text.trimmed());
    return std::nullopt;
}

std::optional<QDate> parseSeoulDateCell(const QString &text, QString *reason)
{
    const auto at = parseSeoulDateTimeCell(text, nullptr);
    if (!at) {
        if (reason)
            *reason =
                OrderCellsText::tr("\"%1\" is not a date (for example 2026-11-30).").arg(text.trimmed());
        return std::nullopt;
    }
    return seoulDate(*at);
}

QString shortenedNumberReason(const QString &cell, bool numberCell)
{
    const QString text = plainCell(cell);
    if (isScientific(text))
        return OrderCellsText::tr("Excel showed this number as %1 and saved it so: its last digits are lost. Format the "
                  "column as text in Excel, or use the download as it came.")
            .arg(text);
    if (!numberCell || text.size() < 16)
        return {};
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > '9')
            return {};
    }
    qsizetype significant = text.size();
    while (significant > 0 && text.at(significant - 1) == QLatin1Char('0'))
        --significant;
    constexpr quint64 exactLimit = quint64(1) << 53; // the largest whole number every double below holds
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (significant > 15 && ok && value <= exactLimit)
        return {};
    return OrderCellsText::tr("Excel or LibreOffice kept only 15 digits of this number (%1): its last digits are lost. "
              "Format the column as text, or use the download as it came.")
        .arg(text);
}

} // namespace sd
