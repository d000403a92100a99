#pragma once
#include "core/common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace sd {

// Cell values of the marketplaces' order files. Each returns nullopt for a cell that is not one, with a
// translated `reason`; an empty cell is the caller's business (most fields are optional).

// Whole won: "12,345", "12,345원", "₩12,345", "-1,200" (a fee discount), "12345" (a number cell).
// Decimals are refused: won have none, and a "12,345.5" means the wrong column or a broken file.
std::optional<Won> parseWonCell(const QString &text, QString *reason);
// A positive count (수량): "3", "1,200".
std::optional<int> parseCountCell(const QString &text, QString *reason);
// Seoul date and time, returned as UTC: "2026-11-30 14:03:22", "2026.11.30 14:03", "2026/11/30"
// (midnight), "2026-11-30T14:03:22", "20261130", or an Excel serial number ("46356.585", what an .xlsx
// date cell holds: days since 1899-12-30, the fraction the time of day).
std::optional<QDateTime> parseSeoulDateTimeCell(const QString &text, QString *reason);
// A Seoul calendar date (발송기한): the same forms; a time, when given, is ignored.
std::optional<QDate> parseSeoulDateCell(const QString &text, QString *reason);
// Why an identifier cell (상품주문번호, 주문번호, 송장번호) cannot be trusted because a spreadsheet shortened
// it; empty when it can. Refused: scientific notation ("2.02611E+15": Excel showed the number so and saved
// the CSV so), and a number cell (`numberCell`, TableRows::isNumber: an .xlsx cell of type n) of 16 or more
// digits that has at most 15 significant ones (Excel and LibreOffice keep 15: 2026120100000297 became
// 2026120100000300) or is beyond 2^53 (no double holds it exactly). A number cell with 16 significant
// digits was written by a program that kept them all (SheetJS), and digits in a text cell are the seller's.
QString shortenedNumberReason(const QString &text, bool numberCell);
// Text as the seller sees it: trimmed, and the "'" that CSV exports put in front of = + - @ (formula
// guard) removed again.
QString plainCell(const QString &text);

} // namespace sd
