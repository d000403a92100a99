#pragma once
#include "core/common/result.h"
#include "core/orders/channel.h"
#include "services/orders/order_import.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace sd {

// When no profile fits an order file: the file's headers against the fields an import fills
// (orderImportFields(); required ones marked *), each a combo box preselected from the closest profile
// (its columns known from one weak source marked unverified), a preview of the rows under the header,
// the header row, the channel when the file has no channel column, and a name. "Save and check" saves
// the answer as the seller's own profile through `save` (OrderImportService::saveUserProfile, which
// checks it; its refusal is shown here and the dialog stays open).
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result(const QString &name, const QMap<QString, QString> &mapping,
                                      std::optional<Channel> channel)>;
    ColumnMappingDialog(const OrderImportPlan &plan, Save save, QWidget *parent = nullptr);

    // field id → the header text chosen (fields left "not in the file" are absent)
    QMap<QString, QString> mapping() const;
    std::optional<Channel> channel() const;
    QString profileName() const;
    QComboBox *fieldCombo(const QString &field) const { return m_combos.value(field); }

private:
    void setHeaderRow(int index);
    void trySave();

    const OrderImportPlan &m_plan;
    Save m_save;
    QHash<QString, QComboBox *> m_combos;
    QSpinBox *m_headerRow;
    QTableWidget *m_preview;
    QComboBox *m_channel;
    QLineEdit *m_name;
    QLabel *m_error;
};

} // namespace sd
