#include <cdk/core/errors.hpp>
#include <cdk/s3/bucket_props.hpp>

namespace cdk::s3 {

ObjectLockRetention::ObjectLockRetention(ObjectLockMode mode, cdk::Duration duration)
    : mode_(mode), duration_(duration) {
  // to_days throws aws-cdk-lib's message for a duration that is not whole days.
  const double days = duration.to_days();
  if (days > 365 * 100) {
    throw ValidationError(
        "Object Lock retention duration must be less than 100 years (got " +
            duration.to_human_string() + ")\n    fix: use at most cdk::Duration::days(36500)",
        "");
  }
  if (days < 1) {
    throw ValidationError(
        "Object Lock retention duration must be at least 1 day (got " +
            duration.to_human_string() + ")\n    fix: use at least cdk::Duration::days(1)",
        "");
  }
}

ObjectLockRetention ObjectLockRetention::governance(cdk::Duration duration) {
  return {ObjectLockMode::governance, duration};
}

ObjectLockRetention ObjectLockRetention::compliance(cdk::Duration duration) {
  return {ObjectLockMode::compliance, duration};
}

}  // namespace cdk::s3
