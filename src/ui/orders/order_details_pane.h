#pragma once
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace sd {

class OrderService;

// Right-hand pane of the orders view: every field of the selected product order (masked per role by
// OrderService::find) and its history, newest last.
class OrderDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailsPane(const OrderService &service, QWidget *parent = nullptr);

    void showOrder(const QString &productOrderNo);
    void showSelectionCount(int count); // 0 = nothing selected
    void reload();
    QString currentOrder() const { return m_current; }
    QString text() const; // plain text, for tests

private:
    const OrderService &m_service;
    QTextBrowser *m_browser;
    QString m_current;
};

} // namespace sd
