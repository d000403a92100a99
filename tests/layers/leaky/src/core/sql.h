// core is QtCore only.
#include <QSqlDatabase>
