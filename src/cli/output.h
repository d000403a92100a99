#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sd {

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

    void text(const QString &line) const;    // stdout, text mode only
    void message(const QString &line) const; // stderr, both modes
    void printJson(const QJsonValue &value) const;

    // Per-order outcomes of an action: {"ok", "outcomes": [{"id", "ok", "status", "message"}]}.
    // Returns the exit code.
    int outcomes(const BulkReport &result) const;

    static QJsonObject rowJson(const OrderRow &row);
    static QString rowText(const OrderRow &row);
    static QString rowHeader();
    static QJsonObject orderJson(const Order &order, const QList<OrderEvent> &history);
    static QString orderText(const Order &order, const QList<OrderEvent> &history);

private:
    bool m_json;
};

} // namespace sd
