#pragma once

// Convenience umbrella header; cdkpp's own code includes the precise headers instead.
#include <cdk/core/app.hpp>
#include <cdk/core/arn.hpp>
#include <cdk/core/aspects.hpp>
#include <cdk/core/aws.hpp>
#include <cdk/core/cfn_condition.hpp>
#include <cdk/core/cfn_element.hpp>
#include <cdk/core/cfn_mapping.hpp>
#include <cdk/core/cfn_output.hpp>
#include <cdk/core/cfn_parameter.hpp>
#include <cdk/core/cfn_resource.hpp>
#include <cdk/core/cfn_rule.hpp>
#include <cdk/core/cloud_assembly.hpp>
#include <cdk/core/construct.hpp>
#include <cdk/core/duration.hpp>
#include <cdk/core/file_asset.hpp>
#include <cdk/core/errors.hpp>
#include <cdk/core/fn.hpp>
#include <cdk/core/intrinsic.hpp>
#include <cdk/core/lazy.hpp>
#include <cdk/core/nested_stack.hpp>
#include <cdk/core/removal_policy.hpp>
#include <cdk/core/stack.hpp>
#include <cdk/core/tag_manager.hpp>
#include <cdk/core/tags.hpp>
#include <cdk/core/token.hpp>
