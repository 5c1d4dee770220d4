"""Media in an S3-compatible bucket (django-storages), against moto's S3 server.

Documents stay private in the bucket and reach visitors only through the permission-checking
view, which streams them from the bucket; images and their renditions are stored there too.
"""

import io
import socket
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from core.roles import MEMBER_AREA_GROUPS
from docpages.models import NetworkDocument

pytestmark = pytest.mark.django_db

BUCKET = "netzwerk-media"
ACCESS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **ACCESS).create_bucket(
        Bucket=BUCKET
    )
    yield endpoint
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings):
    """STORAGES["default"] as production.py builds it for MEDIA_STORAGE=s3."""
    storages = dict(settings.STORAGES)
    storages["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": s3_endpoint,
            "region_name": "us-east-1",
            "access_key": ACCESS["aws_access_key_id"],
            "secret_key": ACCESS["aws_secret_access_key"],
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
            "signature_version": "s3v4",
        },
    }
    with override_settings(STORAGES=storages):
        yield boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", **ACCESS)


def collection(name, members_only=False):
    new = Collection.get_first_root_node().add_child(name=name)
    if members_only:
        restriction = CollectionViewRestriction.objects.create(
            collection=new, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
    return new


def document(title, in_collection, content=PDF):
    doc = NetworkDocument(title=title, collection=in_collection)
    doc.file.save(f"{title.lower()}.pdf", ContentFile(content), save=False)
    doc._set_document_file_metadata()
    doc.save()
    return doc


def download(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def is_world_readable(client, key):
    grants = client.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    return any(grant["Grantee"].get("URI") == ALL_USERS for grant in grants)


def test_a_public_document_is_streamed_from_the_bucket_through_the_view(client, bucket):
    doc = document("Merkblatt", collection("Öffentlich"))
    key = doc.file.name
    assert key.startswith("documents/")
    assert bucket.get_object(Bucket=BUCKET, Key=key)["Body"].read() == PDF

    response = client.get(doc.url)
    assert doc.url.startswith("/documents/")
    assert response.status_code == 200
    assert download(response) == PDF
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_members_only_document_is_refused_to_anonymous_visitors(client, bucket):
    doc = document("Intern", collection("Nur Mitglieder", members_only=True))
    response = client.get(doc.url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"]
    assert PDF not in download(response)


def test_documents_are_not_world_readable_in_the_bucket(client, bucket):
    doc = document("Merkblatt", collection("Öffentlich"))
    assert not is_world_readable(bucket, doc.file.name)
    # The storage's own URL is signed and expires; the site never links it for documents.
    query = parse_qs(urlsplit(doc.file.url).query)
    assert "X-Amz-Signature" in query and "X-Amz-Expires" in query


def test_images_and_renditions_are_stored_in_the_bucket(bucket):
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), "teal").save(buffer, "PNG")
    image = get_image_model().objects.create(
        title="Quittenbaum", file=ImageFile(io.BytesIO(buffer.getvalue()), name="quitte.png")
    )
    assert image.file.name.startswith("original_images/")
    assert bucket.head_object(Bucket=BUCKET, Key=image.file.name)["ContentLength"] > 0
    rendition = image.get_rendition("fill-60x40")
    assert rendition.file.name.startswith("images/")
    assert bucket.head_object(Bucket=BUCKET, Key=rendition.file.name)["ContentLength"] > 0
    assert not is_world_readable(bucket, rendition.file.name)
    assert "X-Amz-Signature" in parse_qs(urlsplit(rendition.url).query)
