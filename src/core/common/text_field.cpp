#include "core/common/text_field.h"

#include "core/common/korean_particle.h"

#include <QCoreApplication>

namespace sd {

TextFieldRule textFieldRule(TextField field)
{
    switch (field) {
    case TextField::StoreName:
        return {50, false};
    case TextField::PersonName:
        return {30, false};
    case TextField::DelayDetail:
        return {200, false};
    case TextField::HolidayName:
        return {30, false};
    case TextField::Note:
        return {2000, true};
    }
    return {0, false};
}

QString textFieldLabel(TextField field)
{
    switch (field) {
    case TextField::StoreName:
        return QCoreApplication::translate("sd::TextField", "The store name");
    case TextField::PersonName:
        return QCoreApplication::translate("sd::TextField", "The name");
    case TextField::DelayDetail:
        return QCoreApplication::translate("sd::TextField", "The reason for the delay");
    case TextField::HolidayName:
        return QCoreApplication::translate("sd::TextField", "The holiday's name");
    case TextField::Note:
        return QCoreApplication::translate("sd::TextField", "The note");
    }
    return {};
}

QString textFieldProblem(TextField field, const QString &value)
{
    const TextFieldRule rule = textFieldRule(field);
    qsizetype length = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ++i; // one character outside the BMP (an emoji, a rare Hanja)
        } else if (c.isSurrogate()) {
            return argWithParticle(
                QCoreApplication::translate("sd::TextField", "%1 holds broken text; type it again."),
                textFieldLabel(field));
        } else if ((c == QLatin1Char('\n') || c == QLatin1Char('\t')) && rule.multiline) {
            // allowed
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator ||
                   c == QChar::ParagraphSeparator) {
            return argWithParticle(QCoreApplication::translate("sd::TextField", "%1 must be on one line."),
                                   textFieldLabel(field));
        } else if (c.category() == QChar::Other_Control || c == QChar(0x2028) ||
                   (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
                   (c.unicode() >= 0x2066 && c.unicode() <= 0x2069)) {
            // Control characters (ESC starts terminal escapes) and bidi overrides, which can make
            // text read differently from what it holds.
            return argWithParticle(
                       QCoreApplication::translate("sd::TextField",
                                                   "%1 contains a control character (code U+%2); remove it."),
                       textFieldLabel(field))
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        }
        ++length;
    }
    if (length > rule.maxLength)
        return argWithParticle(QCoreApplication::translate(
                                   "sd::TextField", "%1 may have at most %2 characters; this one has %3."),
                               textFieldLabel(field))
            .arg(rule.maxLength)
            .arg(length);
    return {};
}

} // namespace sd
