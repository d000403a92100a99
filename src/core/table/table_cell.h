#pragma once
#include "core/table/table_description.h"

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace sd {

// One cell of a big table as every face shows it, from the value as stored (a code, epoch ms, an ISO
// date) and its column's kind: the grid, the CLI's text and JSON output and the export all ask here.
// Text as is (a code through the column's label), won with separators, a time in Seoul, a date as ISO.
QString cellText(const TableColumn &column, const QVariant &stored);
// Typed, for spreadsheets: won and counts as qint64, a time as a QDateTime in Seoul, a date as a QDate;
// text columns as cellText().
QVariant cellValue(const TableColumn &column, const QVariant &stored);
// For --json: won and counts as numbers, a time as ISO 8601 UTC, codes as stored (not translated),
// null as null.
QJsonValue cellJson(const TableColumn &column, const QVariant &stored);

} // namespace sd
