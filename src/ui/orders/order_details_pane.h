#pragma once
#include <QList>
#include <QPair>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace sd {

class OrderService;

// Right-hand pane of the orders view: every field of the selected product order (masked per role by
// OrderService::find) and its history, newest last. The fields are in collapsible sections, one form
// each, whose label columns share one width so every value starts in the same column; the history
// (처리 이력) is a table below a splitter, so it stays in view however long the fields are. Codes
// (the channel's raw status, a delay reason) are shown as words, the code only in the tooltip.
class OrderDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailsPane(const OrderService &service, QWidget *parent = nullptr);

    void showOrder(const QString &productOrderNo);
    void showSelectionCount(int count); // 0 = nothing selected
    void reload();
    QString currentOrder() const { return m_current; }
    QString text() const; // every label, value and history cell as plain text, for tests

private:
    struct Section
    {
        QToolButton *header = nullptr;
        QWidget *body = nullptr;
        QFormLayout *form = nullptr;
    };
    Section addSection(const QString &title);
    void addRow(Section &section, const QString &label, const QString &value, const QString &tip = {});
    void clearFields();
    void alignLabels();

    const OrderService &m_service;
    QSplitter *m_splitter;
    QScrollArea *m_scroll;
    QWidget *m_fields;
    QVBoxLayout *m_fieldsLayout;
    QLabel *m_message;
    QLabel *m_title;
    QLabel *m_historyTitle;
    QTreeWidget *m_history;
    QList<QPair<QLabel *, QLabel *>> m_rows; // label, value
    QList<bool> m_collapsed; // per section index, kept from one order to the next
    QString m_current;
};

} // namespace sd
