#include "core/orders/courier.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace sd {

const QList<Courier> &couriers()
{
    // Naver deliveryCompanyCode values. Shapes from open-source trackers (no public check digit); where
    // nothing is known the range is wide and the marketplace has the last word.
    static const QList<Courier> list = [] {
        auto courier = [](const char *code, const char *name, const char *english, QList<int> lengths,
                          int minLength, int maxLength, bool letters = false) {
            Courier c;
            c.code = QString::fromLatin1(code);
            c.name = QString::fromUtf8(name);
            c.englishName = QString::fromLatin1(english);
            c.lengths = std::move(lengths);
            c.minLength = minLength;
            c.maxLength = maxLength;
            c.allowsLetters = letters;
            return c;
        };
        return QList<Courier>{
            courier("CJGLS", "CJ대한통운", "CJ Logistics", {10, 12}, 10, 12),
            courier("HYUNDAI", "롯데택배", "Lotte Global Logistics", {10, 12, 13}, 10, 13),
            courier("HANJIN", "한진택배", "Hanjin Express", {10, 12}, 10, 12),
            courier("KGB", "로젠택배", "Logen", {11}, 11, 11),
            courier("EPOST", "우체국택배", "Korea Post Parcel", {13}, 13, 13),
            courier("REGISTPOST", "우편등기", "Korea Post Registered Mail", {13}, 13, 13),
            courier("KDEXP", "경동택배", "Kyungdong Express", {}, 8, 20),
            courier("DAESIN", "대신택배", "Daesin Express", {}, 8, 20),
            courier("ILYANG", "일양로지스", "Ilyang Logis", {}, 8, 20),
            courier("CHUNIL", "천일택배", "Chunil Express", {}, 8, 20),
            courier("HDEXP", "합동택배", "Hapdong Express", {}, 8, 20),
            courier("CUPARCEL", "CU편의점택배", "CU Convenience Store Parcel", {}, 10, 12),
            courier("CVSNET", "GS Postbox 택배", "GS Postbox Parcel", {}, 8, 20),
            courier("CH1", "기타 택배", "Other courier", {}, 6, 30, true),
        };
    }();
    return list;
}

QString courierLabel(const Courier &courier)
{
    return QLocale().language() == QLocale::Korean || courier.englishName.isEmpty() ? courier.name
                                                                                     : courier.englishName;
}

QString courierLabel(const QString &code)
{
    const Courier *c = findCourier(code);
    return c ? courierLabel(*c) : code;
}

const Courier *findCourier(const QString &codeOrName)
{
    const QString text = codeOrName.trimmed();
    if (text.isEmpty())
        return nullptr;
    for (const Courier &c : couriers()) {
        if (c.code.compare(text, Qt::CaseInsensitive) == 0 || c.name == text ||
            c.englishName == text) // exact: "LOGEN" is no code (Naver's is KGB), "Logen" the name
            return &c;
    }
    // Names typed with or without the inner space ("GS Postbox택배").
    const QString compact = QString(text).remove(QLatin1Char(' '));
    for (const Courier &c : couriers()) {
        if (QString(c.name).remove(QLatin1Char(' ')).compare(compact, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString normalizeTrackingNumber(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isSpace())
            continue;
        // ASCII hyphen, Unicode hyphens and dashes, minus sign, full-width hyphen-minus.
        const char16_t u = c.unicode();
        if (u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFF0D)
            continue;
        out.append(c);
    }
    return out;
}

namespace {

QString lengthsText(const QList<int> &lengths)
{
    QStringList parts;
    for (int n : lengths)
        parts.append(QString::number(n));
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    //: joins the allowed digit counts of a tracking number, e.g. "10, 12 or 13"
    return QCoreApplication::translate("sd::Courier", "%1 or %2").arg(parts.join(QStringLiteral(", ")), last);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

} // namespace

bool isTrackingNumberValid(const Courier &courier, const QString &normalized, QString *reason)
{
    auto refuse = [reason](const QString &text) {
        if (reason)
            *reason = text;
        return false;
    };
    if (normalized.isEmpty())
        return refuse(QCoreApplication::translate("sd::Courier", "Enter a tracking number."));
    for (const QChar c : normalized) {
        if (isAsciiDigit(c) || (courier.allowsLetters && isAsciiLetter(c)))
            continue;
        if (courier.allowsLetters)
            return refuse(QCoreApplication::translate(
                              "sd::Courier", "A %1 tracking number may contain only letters and digits.")
                              .arg(courierLabel(courier)));
        return refuse(
            QCoreApplication::translate("sd::Courier", "A %1 tracking number may contain only digits.")
                .arg(courierLabel(courier)));
    }
    const int length = int(normalized.size());
    if (!courier.lengths.isEmpty()) {
        if (!courier.lengths.contains(length))
            return refuse(
                QCoreApplication::translate("sd::Courier", "A %1 tracking number must be %2 digits.")
                    .arg(courierLabel(courier), lengthsText(courier.lengths)));
    } else if (length < courier.minLength || length > courier.maxLength) {
        if (courier.allowsLetters)
            return refuse(QCoreApplication::translate(
                              "sd::Courier", "A %1 tracking number must be %2 to %3 letters or digits.")
                              .arg(courierLabel(courier))
                              .arg(courier.minLength)
                              .arg(courier.maxLength));
        return refuse(
            QCoreApplication::translate("sd::Courier", "A %1 tracking number must be %2 to %3 digits.")
                .arg(courierLabel(courier))
                .arg(courier.minLength)
                .arg(courier.maxLength));
    }
    if (reason)
        reason->clear();
    return true;
}

} // namespace sd
