#pragma once

namespace sd {

// Buyer data must never sit in a file others can read, not even for the moment between creating a
// file and changing its mode. Both programs call this first thing: on POSIX it sets the process umask
// to 077, so every file created afterwards (stores and their -wal, -shm and -journal files, backups
// and their temporary files, exports and the temporary files of QSaveFile and libxlsxwriter, lock
// files, logs) starts out 0600, and folders 0700. On Windows files inherit the ACL of the user's
// profile folders, which already keeps other users out.
void restrictNewFilesToOwner();

} // namespace sd
