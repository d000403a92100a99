#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sd {

enum class CliError;

struct BulkReport;
struct Order;
struct OrderEvent;
struct OrderRow;

// Where results go: human text (or JSON with --json) on stdout, messages for the user on stderr.
class Output
{
public:
    explicit Output(bool json = false) : m_json(json) {}
    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    void setQuiet(bool quiet) { m_quiet = quiet; }

    void text(const QString &line) const;    // stdout, text mode only
    void message(const QString &line) const; // stderr, both modes: errors and what the user must know
    void note(const QString &line) const;    // stderr, unless --quiet: a remark beside the result
    void printJson(const QJsonValue &value) const;

    // The JSON error object: {"code": "bad_input", "message": "...", "exit": 4}.
    static QJsonObject errorJson(CliError error, const QString &message);

    // Per-order outcomes of an action: {"ok", "outcomes": [{"id", "ok", "status", "message"}]}, and
    // when it failed also the error object's "code", "message" and "exit". Returns the exit code.
    // `rowLabels` (a file's rows, "Row 7"): every refused line names its row first ("Row 7, 2026…: why"),
    // one refusal too, and the JSON outcomes carry it as "label".
    int outcomes(const BulkReport &result, bool rowLabels = false) const;

    static QJsonObject rowJson(const OrderRow &row);
    static QString rowText(const OrderRow &row);
    static QString rowHeader();
    static QJsonObject orderJson(const Order &order, const QList<OrderEvent> &history);
    static QString orderText(const Order &order, const QList<OrderEvent> &history);

private:
    bool m_json;
    bool m_quiet = false;
};

} // namespace sd
