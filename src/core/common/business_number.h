#pragma once
#include <QString>

namespace sd {

// 사업자등록번호: 10 digits, check digit per the National Tax Service rule.
QString businessNumberDigits(const QString &text); // keeps digits only
bool isValidBusinessNumber(const QString &text);   // accepts with or without hyphens
// Empty when valid; otherwise a translated sentence saying what is wrong: nothing entered, a
// character that is not a digit, how many digits there are instead of 10, or the check digit.
QString businessNumberProblem(const QString &text);
QString formatBusinessNumber(const QString &text); // 1234567890 -> 123-45-67890 (as given if not 10 digits)

} // namespace sd
