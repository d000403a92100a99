#pragma once
#include <QString>

namespace sd {

// The free-text fields a user types, each with its limit. Every service checks its input here, so
// the GUI and the CLI refuse the same things. Lengths count characters (code points).
enum class TextField {
    StoreName,   // 상호: 50
    PersonName,  // a person's display name (master, staff): 30
    DelayDetail, // 발송지연 상세 사유: 200
    HolidayName, // a holiday the user adds (선거일, 임시공휴일): 30
    Note,        // a memo on a record, several lines: 2,000
};

struct TextFieldRule
{
    int maxLength;
    bool multiline; // newlines allowed (and only then)
};

TextFieldRule textFieldRule(TextField field);
QString textFieldLabel(TextField field); // translated

// Empty when `value` fits the field; otherwise a translated sentence naming the field and the
// problem: too long (with the limit and the length given), a control character (ANSI escapes,
// NUL, ...; a newline in a one-line field), or broken text (a lone UTF-16 surrogate).
QString textFieldProblem(TextField field, const QString &value);

} // namespace sd
