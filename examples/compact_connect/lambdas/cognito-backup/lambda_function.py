"""Exports every user of a Cognito user pool to the pool's backup bucket.

The daily EventBridge rule invokes this function with
``{"user_pool_id": ..., "backup_bucket_name": ..., "user_pool_type": ...}``.
Each user becomes one JSON object at
``cognito-exports/<user_pool_type>/<user_pool_id>/<username>.json``; the bucket is versioned
and AWS Backup snapshots it an hour later. Any failure raises, so the alarm on the
function's ``Errors`` metric fires: a partial export must never look like a success.

Runs on python3.12 in Lambda (and on 3.11); needs only boto3.
"""

import json
import logging

import boto3

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)

REQUIRED_EVENT_KEYS = ("user_pool_id", "backup_bucket_name", "user_pool_type")
EXPORT_PREFIX = "cognito-exports"
# ListUsers returns at most 60 users a page.
PAGE_SIZE = 60


class InvalidEventError(ValueError):
    """The invocation event lacks a parameter or has one of the wrong type."""


def parse_event(event):
    """Returns (user_pool_id, backup_bucket_name, user_pool_type), or raises InvalidEventError."""
    if not isinstance(event, dict):
        raise InvalidEventError(
            f"event must be a JSON object with keys {', '.join(REQUIRED_EVENT_KEYS)} "
            f"(got {type(event).__name__})"
        )
    missing = [key for key in REQUIRED_EVENT_KEYS if key not in event]
    if missing:
        raise InvalidEventError(
            f"event is missing required key(s) {', '.join(missing)} "
            f"(got keys: {', '.join(sorted(event)) or 'none'}); "
            f"the schedule rule must pass {', '.join(REQUIRED_EVENT_KEYS)}"
        )
    for key in REQUIRED_EVENT_KEYS:
        value = event[key]
        if not isinstance(value, str) or not value:
            raise InvalidEventError(f"event key {key} must be a non-empty string (got {value!r})")
    return event["user_pool_id"], event["backup_bucket_name"], event["user_pool_type"]


def _iso8601(value):
    # boto3 parses Cognito's timestamps into aware datetimes.
    return value.isoformat() if hasattr(value, "isoformat") else value


def user_record(user):
    """The JSON document stored for one ListUsers entry."""
    return {
        "username": user["Username"],
        "attributes": {attr["Name"]: attr["Value"] for attr in user.get("Attributes", [])},
        "status": user.get("UserStatus"),
        "enabled": user.get("Enabled"),
        "user_create_date": _iso8601(user.get("UserCreateDate")),
        "user_last_modified_date": _iso8601(user.get("UserLastModifiedDate")),
    }


def object_key(user_pool_type, user_pool_id, username):
    return f"{EXPORT_PREFIX}/{user_pool_type}/{user_pool_id}/{username}.json"


def export_user_pool(cognito, s3, user_pool_id, backup_bucket_name, user_pool_type):
    """Writes every user of the pool to the bucket; returns the counts."""
    users_exported = 0
    pages = 0
    request = {"UserPoolId": user_pool_id, "Limit": PAGE_SIZE}
    while True:
        response = cognito.list_users(**request)
        pages += 1
        for user in response.get("Users", []):
            s3.put_object(
                Bucket=backup_bucket_name,
                Key=object_key(user_pool_type, user_pool_id, user["Username"]),
                Body=json.dumps(user_record(user), sort_keys=True).encode("utf-8"),
                ContentType="application/json",
            )
            users_exported += 1
        token = response.get("PaginationToken")
        if not token:
            break
        request["PaginationToken"] = token
    return {
        "user_pool_id": user_pool_id,
        "user_pool_type": user_pool_type,
        "backup_bucket_name": backup_bucket_name,
        "pages": pages,
        "users_exported": users_exported,
    }


def lambda_handler(event, context):  # noqa: ARG001 (Lambda's signature)
    user_pool_id, backup_bucket_name, user_pool_type = parse_event(event)
    logger.info(
        "Exporting %s user pool %s to s3://%s/%s/",
        user_pool_type,
        user_pool_id,
        backup_bucket_name,
        f"{EXPORT_PREFIX}/{user_pool_type}/{user_pool_id}",
    )
    try:
        result = export_user_pool(
            boto3.client("cognito-idp"),
            boto3.client("s3"),
            user_pool_id,
            backup_bucket_name,
            user_pool_type,
        )
    except Exception:
        logger.exception("Export of user pool %s failed", user_pool_id)
        raise
    logger.info("Exported %d users in %d pages", result["users_exported"], result["pages"])
    return result
