#include "ui/orders/dispatch_cell_delegate.h"

#include "core/orders/courier.h"
#include "models/orders/dispatch_drafts.h"
#include "models/orders/order_table_model.h"
#include "ui/common/style/theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

namespace sd {

namespace {

std::optional<DispatchDrafts::State> draftState(const QModelIndex &index)
{
    const QVariant state = index.data(OrderTableModel::DraftStateRole);
    if (!state.isValid())
        return std::nullopt;
    return DispatchDrafts::State(state.toInt());
}

// What a typed courier names: a courier's code, Korean or English name, else the one label holding the
// text; else the text as it is (the service says it names no courier).
QString courierFromText(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (const Courier *c = findCourier(text))
        return c->code;
    const Courier *only = nullptr;
    for (const Courier &c : couriers()) {
        if (courierLabel(c).contains(text, Qt::CaseInsensitive)) {
            if (only)
                return text; // ambiguous
            only = &c;
        }
    }
    return only ? only->code : text;
}

} // namespace

DispatchCellDelegate::DispatchCellDelegate(QTableView *view) : QStyledItemDelegate(view), m_view(view) {}

QWidget *DispatchCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    QLineEdit *line = nullptr;
    if (index.column() == OrderTableModel::Courier) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("courierEditor"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        for (const Courier &c : couriers())
            combo->addItem(courierLabel(c), c.code);
        QCompleter *completer = combo->completer();
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        line = combo->lineEdit();
        line->setPlaceholderText(tr("Courier"));
        editor = combo;
    } else {
        line = new QLineEdit(parent);
        line->setObjectName(QStringLiteral("trackingEditor"));
        line->setPlaceholderText(tr("Tracking no."));
        editor = line;
    }
    line->installEventFilter(const_cast<DispatchCellDelegate *>(this));
    m_editing.insert(editor, index);
    connect(editor, &QObject::destroyed, this, [this, editor] {
        m_editing.remove(editor);
        m_live.remove(editor);
    });
    // A refused draft is checked again on every change until its editor closes, so its tint goes as
    // soon as it is right (and what was typed after that is kept too).
    connect(line, &QLineEdit::textEdited, this, [this, editor] {
        const QPersistentModelIndex at = m_editing.value(editor);
        if (at.isValid() && (m_live.contains(editor) || draftState(at) == DispatchDrafts::State::Refused)) {
            m_live.insert(editor);
            emit const_cast<DispatchCellDelegate *>(this)->commitData(editor);
            showCheck(editor, at);
        }
    });
    return editor;
}

void DispatchCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = value.isEmpty() ? -1 : combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else {
            combo->setCurrentIndex(-1);
            combo->setEditText(value);
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value)
            line->setText(value);
    }
    showCheck(editor, index);
}

void DispatchCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, courierFromText(combo->currentText()), Qt::EditRole);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}

// The editor says what the cell says: red text and the reason as its tooltip while refused.
void DispatchCellDelegate::showCheck(QWidget *editor, const QModelIndex &index) const
{
    const bool refused = draftState(index) == DispatchDrafts::State::Refused;
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        line = combo->lineEdit();
    if (line)
        Theme::setTone(line, refused ? Theme::Tone::Danger : Theme::Tone::Normal);
    editor->setToolTip(refused ? index.data(Qt::ToolTipRole).toString() : QString());
}

void DispatchCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = draftState(index);
    if (!state)
        return;
    // A tint over the row's colours: refused in the danger colour, ready in the success colour.
    QColor tint = Theme::toneColour(*state == DispatchDrafts::State::Refused ? Theme::Tone::Danger
                                    : *state == DispatchDrafts::State::Ready ? Theme::Tone::Success
                                                                             : Theme::Tone::Muted);
    tint.setAlpha(*state == DispatchDrafts::State::Refused ? 70 : 40);
    option->backgroundBrush = tint;
}

QWidget *DispatchCellDelegate::editorOf(QObject *watched) const
{
    for (auto it = m_editing.cbegin(); it != m_editing.cend(); ++it) {
        QWidget *editor = it.key();
        if (watched == editor)
            return editor;
        if (auto *combo = qobject_cast<QComboBox *>(editor); combo && watched == combo->lineEdit())
            return editor;
    }
    return nullptr;
}

bool DispatchCellDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            if (QWidget *editor = editorOf(watched)) {
                commitAndMoveDown(editor);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

// Enter: the draft is set (and checked), and the same column of the next row becomes current, its
// editor open when it takes a draft; the selection (the checkboxes) stays as it is.
void DispatchCellDelegate::commitAndMoveDown(QWidget *editor)
{
    const QPersistentModelIndex at = m_editing.value(editor);
    emit commitData(editor);
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
    if (!at.isValid())
        return;
    const QModelIndex next = at.sibling(at.row() + 1, at.column());
    if (!next.isValid())
        return;
    QTableView *view = m_view;
    const QPersistentModelIndex target(next);
    QTimer::singleShot(0, view, [view, target] {
        if (!target.isValid())
            return;
        view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
        view->scrollTo(target);
        if (target.flags() & Qt::ItemIsEditable)
            view->edit(target);
    });
}

} // namespace sd
