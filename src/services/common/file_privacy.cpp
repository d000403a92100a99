#include "services/common/file_privacy.h"

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <sys/types.h>
#endif

namespace sd {

void restrictNewFilesToOwner()
{
#ifndef Q_OS_WIN
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

} // namespace sd
