#pragma once
// Edits as JSON, for the edit log. The entities inside an edit use the
// interchange document's shapes, so one change to the model changes one codec.

#include "domain/edit.hpp"

#include <nlohmann/json.hpp>

namespace cpc::storage {

// {"kind": "add_item", "item": {...}, "position": 0}
nlohmann::json encodeEdit(const Edit& e);
// Throws StorageError naming the kind and field when the JSON does not read back.
Edit decodeEdit(const nlohmann::json& j);

} // namespace cpc::storage
