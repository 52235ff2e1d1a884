"""Object storage for uploads (django-storages, any S3-compatible store).

Kept apart from base.py so that the test against a local S3 server builds the
very configuration production uses. The bucket stays private: documents and image
originals are read through signed URLs that expire after `expire` seconds, which
the document view hands out only after its access check; renditions (the images
visitors see) are written under a public prefix with stable, unsigned URLs.
"""


def s3_storages(bucket: str, *, endpoint_url=None, region=None, expire: int = 60, public_domain=None) -> dict:
    common = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url,
        "region_name": region,
        "file_overwrite": False,
        # Signature version 4: expiring URLs (X-Amz-Expires), required by most S3-compatible stores.
        "signature_version": "s3v4",
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": expire,
            },
        },
        "renditions": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "location": "public",
                "default_acl": "public-read",
                "querystring_auth": False,
                "custom_domain": public_domain,
            },
        },
    }
