#pragma once
#include "core/access/personal_data_access.h"
#include "core/access/user_session.h"
#include "core/common/result.h"

namespace sd {

class Workspace;

// Records one read of unmasked personal data in `personal_data_access`: once per command, per opened
// order or per export, never per grid window. Only a session that sees the data unmasked
// (ViewPersonalData) is recorded; a masked read returns success without a row. The record is its own
// short transaction (one INSERT), so it never holds up a reader (WAL) for long.
// Fails closed: when the record cannot be written the caller must not show or write the data.
Result recordPersonalDataRead(Workspace &workspace, const UserSession &user, const PersonalDataRead &read);
// Within an open write transaction (an export's audit row and its access record commit together).
Result recordPersonalDataReadInTransaction(Workspace &workspace, const UserSession &user,
                                           const PersonalDataRead &read);

// The running program as recorded: the executable's file name without its folder or extension.
QString recordedProgramName();

} // namespace sd
