#include <cdk/backup/backup_resource.hpp>

namespace cdk::backup {

BackupResource BackupResource::from_arn(std::string arn) {
  BackupResource out;
  out.resource_ = std::move(arn);
  return out;
}

BackupResource BackupResource::from_tag(std::string key, std::string value, TagOperation operation) {
  BackupResource out;
  out.tag_condition_ = TagCondition{.key = std::move(key), .operation = operation, .value = std::move(value)};
  return out;
}

BackupResource BackupResource::from_construct(cdk::Construct& construct) {
  BackupResource out;
  out.construct_ = &construct;
  return out;
}

}  // namespace cdk::backup
