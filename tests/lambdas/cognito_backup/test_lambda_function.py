"""Tests of the CompactConnect export Lambda (examples/compact_connect/lambdas/cognito-backup).

AWS is mocked with moto 5's mock_aws; fake credentials and a fixed region are set before boto3
creates any client, so nothing here can reach the network or a real account.
Run: python3 -m unittest discover -s tests/lambdas -t tests/lambdas
"""

import datetime
import json
import os
import pathlib
import sys
import unittest

# Before boto3 builds a client: never use real credentials, a profile or a real endpoint.
for _name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_ENDPOINT_URL"):
    os.environ.pop(_name, None)
os.environ["AWS_ACCESS_KEY_ID"] = "testing"
os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
os.environ["AWS_DEFAULT_REGION"] = "us-east-1"
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull

import boto3  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402
from moto import mock_aws  # noqa: E402

REPO_ROOT = pathlib.Path(__file__).resolve().parents[3]
LAMBDA_DIR = REPO_ROOT / "examples" / "compact_connect" / "lambdas" / "cognito-backup"
# The directory is the Lambda's asset: a __pycache__ there would change the asset hash.
sys.dont_write_bytecode = True
sys.path.insert(0, str(LAMBDA_DIR))
import lambda_function  # noqa: E402

BUCKET = "compact-connect-backup-bucket"
USER_COUNT = 137  # three ListUsers pages of at most 60


def _event(pool_id, bucket=BUCKET, pool_type="provider"):
    return {"user_pool_id": pool_id, "backup_bucket_name": bucket, "user_pool_type": pool_type}


class ExportTestCase(unittest.TestCase):
    def setUp(self):
        self.mock = mock_aws()
        self.mock.start()
        self.addCleanup(self.mock.stop)
        self.cognito = boto3.client("cognito-idp")
        self.s3 = boto3.client("s3")
        self.pool_id = self.cognito.create_user_pool(PoolName="ProviderUsers")["UserPool"]["Id"]

    def create_users(self, count):
        for i in range(count):
            self.cognito.admin_create_user(
                UserPoolId=self.pool_id,
                Username=f"user-{i:04d}",
                UserAttributes=[
                    {"Name": "email", "Value": f"user-{i:04d}@example.com"},
                    {"Name": "email_verified", "Value": "true"},
                ],
                MessageAction="SUPPRESS",
            )

    def exported_keys(self, prefix):
        paginator = self.s3.get_paginator("list_objects_v2")
        return sorted(
            item["Key"]
            for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix)
            for item in page.get("Contents", [])
        )

    def read_json(self, key):
        return json.loads(self.s3.get_object(Bucket=BUCKET, Key=key)["Body"].read())


class ExportsEveryUser(ExportTestCase):
    def test_exports_every_user_across_all_list_users_pages(self):
        # GIVEN a pool with more users than one ListUsers page holds, and its bucket
        self.create_users(USER_COUNT)
        self.s3.create_bucket(Bucket=BUCKET)

        # WHEN the daily rule invokes the function
        result = lambda_function.lambda_handler(_event(self.pool_id), None)

        # THEN every user is written once under the pool's prefix and the counts say so
        self.assertEqual(result["users_exported"], USER_COUNT)
        self.assertEqual(result["pages"], 3)
        self.assertEqual(result["user_pool_id"], self.pool_id)
        self.assertEqual(result["user_pool_type"], "provider")
        prefix = f"cognito-exports/provider/{self.pool_id}/"
        expected = sorted(f"{prefix}user-{i:04d}.json" for i in range(USER_COUNT))
        self.assertEqual(self.exported_keys("cognito-exports/"), expected)

    def test_each_object_holds_attributes_status_enabled_and_iso_dates(self):
        # GIVEN two users, one of them disabled
        self.create_users(2)
        self.cognito.admin_disable_user(UserPoolId=self.pool_id, Username="user-0001")
        self.s3.create_bucket(Bucket=BUCKET)

        # WHEN
        lambda_function.lambda_handler(_event(self.pool_id, pool_type="staff"), None)

        # THEN
        prefix = f"cognito-exports/staff/{self.pool_id}/"
        first = self.read_json(f"{prefix}user-0000.json")
        self.assertEqual(first["username"], "user-0000")
        self.assertEqual(first["attributes"]["email"], "user-0000@example.com")
        self.assertEqual(first["attributes"]["email_verified"], "true")
        self.assertIn("sub", first["attributes"])
        self.assertEqual(first["status"], "FORCE_CHANGE_PASSWORD")
        self.assertIs(first["enabled"], True)
        for field in ("user_create_date", "user_last_modified_date"):
            parsed = datetime.datetime.fromisoformat(first[field])
            self.assertIsNotNone(parsed.tzinfo, f"{field} must carry its UTC offset")
        self.assertIs(self.read_json(f"{prefix}user-0001.json")["enabled"], False)
        head = self.s3.head_object(Bucket=BUCKET, Key=f"{prefix}user-0000.json")
        self.assertEqual(head["ContentType"], "application/json")

    def test_an_empty_pool_exports_nothing_and_succeeds(self):
        # GIVEN
        self.s3.create_bucket(Bucket=BUCKET)

        # WHEN
        result = lambda_function.lambda_handler(_event(self.pool_id), None)

        # THEN
        self.assertEqual(result["users_exported"], 0)
        self.assertEqual(result["pages"], 1)
        self.assertEqual(self.exported_keys(""), [])


class RejectsBadEvents(unittest.TestCase):
    def test_each_missing_key_is_named(self):
        for key in lambda_function.REQUIRED_EVENT_KEYS:
            with self.subTest(missing=key):
                # GIVEN an event without one of the three parameters
                event = _event("us-east-1_abc")
                del event[key]

                # WHEN / THEN
                with self.assertRaises(lambda_function.InvalidEventError) as raised:
                    lambda_function.lambda_handler(event, None)
                self.assertIn(f"missing required key(s) {key}", str(raised.exception))

    def test_an_empty_event_names_every_key(self):
        with self.assertRaises(lambda_function.InvalidEventError) as raised:
            lambda_function.lambda_handler({}, None)
        self.assertIn("user_pool_id, backup_bucket_name, user_pool_type", str(raised.exception))

    def test_non_string_values_and_non_object_events_are_rejected(self):
        with self.assertRaisesRegex(lambda_function.InvalidEventError, "user_pool_type must be a non-empty string"):
            lambda_function.lambda_handler(_event("us-east-1_abc", pool_type=""), None)
        with self.assertRaisesRegex(lambda_function.InvalidEventError, "must be a JSON object"):
            lambda_function.lambda_handler(["us-east-1_abc"], None)


class FailuresRaise(ExportTestCase):
    def test_a_missing_bucket_raises_so_the_errors_alarm_fires(self):
        # GIVEN users but no bucket
        self.create_users(3)

        # WHEN / THEN the S3 error propagates, after being logged
        with self.assertRaises(ClientError) as raised, self.assertLogs(lambda_function.logger, "ERROR"):
            lambda_function.lambda_handler(_event(self.pool_id, bucket="no-such-bucket"), None)
        self.assertEqual(raised.exception.response["Error"]["Code"], "NoSuchBucket")

    def test_a_missing_user_pool_raises(self):
        # GIVEN a bucket but an unknown pool
        self.s3.create_bucket(Bucket=BUCKET)

        # WHEN / THEN
        with self.assertRaises(ClientError) as raised, self.assertLogs(lambda_function.logger, "ERROR"):
            lambda_function.lambda_handler(_event("us-east-1_doesnotexist"), None)
        self.assertEqual(raised.exception.response["Error"]["Code"], "ResourceNotFoundException")


if __name__ == "__main__":
    unittest.main()
