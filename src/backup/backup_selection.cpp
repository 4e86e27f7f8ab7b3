#include <cdk/backup/backup_selection.hpp>
#include <cdk/core/aspects.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/iam/managed_policy.hpp>
#include <cdk/iam/principals.hpp>
#include <cdk/iam/role.hpp>

namespace cdk::backup {

using Json = nlohmann::ordered_json;

// aws-cdk-lib's BackupableResourcesCollector. aws-cdk-lib matches its typed L1 classes
// (CfnTable, CfnFileSystem, ...); cdkpp has none, so it matches the resource type.
class BackupSelection::Collector final : public cdk::IAspect {
 public:
  void visit(cdk::Construct& construct) override {
    auto* resource = dynamic_cast<cdk::CfnResource*>(&construct);
    if (resource == nullptr) return;
    const std::string& type = resource->cfn_resource_type();
    const cdk::Stack& stack = cdk::Stack::of(*resource);
    auto arn = [&](const char* service, const char* kind, std::optional<cdk::ArnFormat> format) {
      arns_.push_back(stack.format_arn(
          {.arn_format = format, .resource = kind, .resource_name = resource->ref(), .service = service}));
    };
    if (type == "AWS::EFS::FileSystem") {
      arn("elasticfilesystem", "file-system", std::nullopt);
    } else if (type == "AWS::DynamoDB::Table") {
      arn("dynamodb", "table", std::nullopt);
    } else if (type == "AWS::EC2::Instance") {
      arn("ec2", "instance", std::nullopt);
    } else if (type == "AWS::EC2::Volume") {
      arn("ec2", "volume", std::nullopt);
    } else if (type == "AWS::RDS::DBInstance") {
      // An instance of a cluster is backed up with its cluster.
      if (!resource->properties().contains("DBClusterIdentifier")) {
        arn("rds", "db", cdk::ArnFormat::colon_resource_name);
      }
    } else if (type == "AWS::RDS::DBCluster") {
      arn("rds", "cluster", cdk::ArnFormat::colon_resource_name);
    }
  }
  const std::vector<std::string>& arns() const noexcept { return arns_; }

 private:
  std::vector<std::string> arns_;
};

BackupSelection::BackupSelection(cdk::Scope scope, BackupSelectionProps props)
    : cdk::Construct(std::move(scope)), collector_(std::make_shared<Collector>()) {
  if (props.backup_plan == nullptr) {
    throw ValidationError(
        "backup_plan is required (got nullptr)\n"
        "    fix: set .backup_plan, or use BackupPlan::add_selection",
        node().path());
  }
  role_ = props.role;
  if (role_ == nullptr) {
    role_ = &add<cdk::iam::Role>(
        "Role", {.assumed_by = cdk::iam::ServicePrincipal("backup.amazonaws.com")});
  }
  if (!props.disable_default_backup_policy) {
    role_->add_managed_policy(cdk::iam::ManagedPolicy::from_aws_managed_policy_name(
        "service-role/AWSBackupServiceRolePolicyForBackup"));
  }
  if (props.allow_restores) {
    role_->add_managed_policy(cdk::iam::ManagedPolicy::from_aws_managed_policy_name(
        "service-role/AWSBackupServiceRolePolicyForRestores"));
  }

  Json selection = Json::object();
  selection["IamRoleArn"] = role_->role_arn();
  selection["ListOfTags"] = cdk::Lazy::uncached_any(
      *this,
      [this] {
        Json tags = Json::array();
        for (const auto& tag : tags_) {
          tags.push_back({
              {"ConditionKey", tag.key},
              {"ConditionType", "STRINGEQUALS"},
              {"ConditionValue", tag.value},
          });
        }
        return tags;
      },
      {.omit_empty = true, .concurrent = true});
  selection["Resources"] = cdk::Lazy::uncached_any(
      *this,
      [this] {
        Json all = Json::array();
        for (const auto& arn : resources_) all.push_back(arn);
        for (const auto& arn : collector_->arns()) all.push_back(arn);
        return all;
      },
      {.display_hint = "resources", .omit_empty = true, .concurrent = true});
  selection["SelectionName"] =
      props.backup_selection_name.empty() ? node().id() : props.backup_selection_name;

  resource_ = &add<cdk::CfnResource>(
      "Resource",
      {
          .properties =
              {
                  {"BackupPlanId", props.backup_plan->backup_plan_id()},
                  {"BackupSelection", std::move(selection)},
              },
          .type = "AWS::Backup::BackupSelection",
      });
  for (const auto& resource : props.resources) add_resource(resource);
}

BackupSelection::~BackupSelection() = default;

void BackupSelection::add_resource(const BackupResource& resource) {
  if (resource.tag_condition()) tags_.push_back(*resource.tag_condition());
  if (resource.resource()) resources_.push_back(*resource.resource());
  if (resource.construct() != nullptr) cdk::Aspects::of(*resource.construct()).add(collector_);
}

std::string BackupSelection::backup_plan_id() const { return resource_->get_att("BackupPlanId"); }

std::string BackupSelection::selection_id() const { return resource_->get_att("SelectionId"); }

}  // namespace cdk::backup
