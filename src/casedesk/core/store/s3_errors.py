"""What an object store's refusal means to the user, and what to do about it.

botocore raises two families: :class:`botocore.exceptions.ClientError` when the server answered (its
error code says why) and the others when no answer came (no route, refused, timed out, no
credentials). Each becomes a :class:`WorkspaceError` whose message names the bucket or endpoint and
the setting to check; the codes are those AWS documents, which SeaweedFS, MinIO and Ceph also send.
"""

from __future__ import annotations

from typing import Any

from botocore import exceptions as boto_errors

from casedesk.core.errors import WorkspaceError
from casedesk.i18n import msg

_BAD_CREDENTIALS = {
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "InvalidToken",
    "ExpiredToken",
    "TokenRefreshRequired",
    "AuthorizationHeaderMalformed",
    "InvalidClientTokenId",
}
_NO_BUCKET = {"NoSuchBucket"}
_DENIED = {"AccessDenied", "AllAccessDisabled", "Forbidden", "403"}


def error_code(exc: BaseException) -> str:
    """The S3 error code of a ClientError ("NoSuchKey", "PreconditionFailed", "404"), else ""."""
    if isinstance(exc, boto_errors.ClientError):
        response: dict[str, Any] = exc.response
        return str(response.get("Error", {}).get("Code", ""))
    return ""


def http_status(exc: BaseException) -> int:
    if isinstance(exc, boto_errors.ClientError):
        response: dict[str, Any] = exc.response
        return int(response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))
    return 0


def is_missing(exc: BaseException) -> bool:
    """The object (or upload) is not there: HEAD answers a bare 404, GET "NoSuchKey"."""
    return error_code(exc) in {"NoSuchKey", "404", "NotFound", "NoSuchUpload"} or (
        http_status(exc) == 404 and error_code(exc) not in _NO_BUCKET
    )


def is_precondition_failed(exc: BaseException) -> bool:
    """A conditional write found the key taken (412), or raced another one for it (409, AWS)."""
    return error_code(exc) in {"PreconditionFailed", "ConditionalRequestConflict"} or http_status(exc) in {
        409,
        412,
    }


def is_denied(exc: BaseException) -> bool:
    return error_code(exc) in _DENIED


def store_error(exc: BaseException, bucket: str, endpoint: str, *, writing: bool = False) -> WorkspaceError:
    """A user's error for a failed request to ``bucket`` at ``endpoint``."""
    if isinstance(exc, boto_errors.NoCredentialsError | boto_errors.PartialCredentialsError):
        return WorkspaceError(
            msg(
                "No credentials for the object store of bucket {bucket}: set AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, as for any AWS tool.",
                bucket=bucket,
            )
        )
    if isinstance(
        exc, ValueError | boto_errors.ProfileNotFound | boto_errors.InvalidEndpointConfigurationError
    ):
        return WorkspaceError(
            msg(
                "The object store settings for bucket {bucket} are not usable ({reason}): check "
                "AWS_ENDPOINT_URL, AWS_PROFILE and the AWS configuration files.",
                bucket=bucket,
                reason=str(exc),
            )
        )
    if isinstance(exc, boto_errors.ConnectionError | boto_errors.HTTPClientError):
        return WorkspaceError(
            msg(
                "Cannot reach the object store at {endpoint} ({reason}). Check the network connection "
                "and AWS_ENDPOINT_URL; nothing was stored in bucket {bucket} by this request.",
                endpoint=endpoint,
                reason=type(exc).__name__,
                bucket=bucket,
            )
        )
    code = error_code(exc)
    if code in _BAD_CREDENTIALS:
        return WorkspaceError(
            msg(
                "The object store at {endpoint} refused the credentials ({code}): check "
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE).",
                endpoint=endpoint,
                code=code,
            )
        )
    if code in _NO_BUCKET:
        return WorkspaceError(
            msg(
                "The bucket {bucket} does not exist at {endpoint}: correct the store's address, or "
                "create the bucket first (casedesk init does).",
                bucket=bucket,
                endpoint=endpoint,
            )
        )
    if code in _DENIED and writing:
        return WorkspaceError(
            msg(
                "These credentials may not write to bucket {bucket} at {endpoint} (they are read-only "
                "there): use an access key allowed to write, or open the workspace only to read.",
                bucket=bucket,
                endpoint=endpoint,
            )
        )
    if code in _DENIED:
        return WorkspaceError(
            msg(
                "These credentials may not read bucket {bucket} at {endpoint}: use an access key "
                "allowed to list and read it.",
                bucket=bucket,
                endpoint=endpoint,
            )
        )
    detail = code or str(exc)
    return WorkspaceError(
        msg(
            "The object store at {endpoint} failed a request for bucket {bucket}: {detail}. Try again "
            "later; if it persists, ask whoever runs the store.",
            endpoint=endpoint,
            bucket=bucket,
            detail=detail,
        )
    )
