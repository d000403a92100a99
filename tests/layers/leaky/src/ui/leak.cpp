// A face reaching past its layer: the layers check must refuse this tree.
#include "storage/common/database.h"
