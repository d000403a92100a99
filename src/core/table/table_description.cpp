#include "core/table/table_description.h"

namespace sd {

int TableDescription::columnIndex(const QString &columnId) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).id == columnId)
            return i;
    }
    return -1;
}

const TableColumn *TableDescription::column(const QString &columnId) const
{
    const int i = columnIndex(columnId);
    return i < 0 ? nullptr : &columns.at(i);
}

int TableDescription::fieldIndex(const QString &fieldId) const
{
    const int c = columnIndex(fieldId);
    if (c >= 0)
        return c;
    for (int i = 0; i < extraFields.size(); ++i) {
        if (extraFields.at(i).id == fieldId)
            return int(columns.size()) + i;
    }
    return -1;
}

bool TableDescription::holdsPersonalData() const
{
    for (const TableColumn &c : columns) {
        if (c.mask != MaskClass::None)
            return true;
    }
    return false;
}

} // namespace sd
