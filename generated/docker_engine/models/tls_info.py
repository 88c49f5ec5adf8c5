"""TLSInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TLSInfo(Model):
    """Information about the issuer of leaf TLS certificates and the trusted root
    CA certificate.
    """

    trust_root: str | None = Field(default=None, alias="TrustRoot")
    """The root CA certificate(s) that are used to validate leaf TLS
    certificates.

    Since API 1.30.
    """

    cert_issuer_subject: str | None = Field(default=None, alias="CertIssuerSubject")
    """The base64-url-safe-encoded raw subject bytes of the issuer.

    Since API 1.30.
    """

    cert_issuer_public_key: str | None = Field(
        default=None, alias="CertIssuerPublicKey"
    )
    """The base64-url-safe-encoded raw public key bytes of the issuer.

    Since API 1.30.
    """
