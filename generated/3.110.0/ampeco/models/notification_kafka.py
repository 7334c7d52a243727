"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        NotificationKafkaCompressionCodecLiteral,
        NotificationKafkaSaslMechanismLiteral,
        NotificationKafkaSecurityProtocolLiteral,
    )


class NotificationKafkaCompressionCodec(OpenEnum):
    NONE = "none"
    GZIP = "gzip"
    SNAPPY = "snappy"
    LZ4 = "lz4"


class NotificationKafkaSaslMechanism(OpenEnum):
    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


class NotificationKafkaSecurityProtocol(OpenEnum):
    PLAINTEXT = "PLAINTEXT"
    SASL_SSL = "SASL_SSL"


class NotificationKafka(SDKModel):
    """Kafka configuration. Only present and required in case via = kafka"""

    topic: str
    brokers: list[str]
    compression_codec: NotificationKafkaCompressionCodec | None = Field(
        default=NotificationKafkaCompressionCodec.GZIP,
        validation_alias="compressionCodec",
        serialization_alias="compressionCodec",
    )
    security_protocol: NotificationKafkaSecurityProtocol | None = Field(
        default=NotificationKafkaSecurityProtocol.PLAINTEXT,
        validation_alias="securityProtocol",
        serialization_alias="securityProtocol",
    )
    sasl_mechanism: NotificationKafkaSaslMechanism | None = Field(
        default=NotificationKafkaSaslMechanism.PLAIN,
        validation_alias="saslMechanism",
        serialization_alias="saslMechanism",
    )
    sasl_username: str | None = Field(
        default=None,
        validation_alias="saslUsername",
        serialization_alias="saslUsername",
    )
    sasl_password: str | None = Field(
        default=None,
        validation_alias="saslPassword",
        serialization_alias="saslPassword",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            topic: str,
            brokers: list[str],
            compression_codec: (
                NotificationKafkaCompressionCodec
                | NotificationKafkaCompressionCodecLiteral
                | None
            ) = ...,
            security_protocol: (
                NotificationKafkaSecurityProtocol
                | NotificationKafkaSecurityProtocolLiteral
                | None
            ) = ...,
            sasl_mechanism: (
                NotificationKafkaSaslMechanism
                | NotificationKafkaSaslMechanismLiteral
                | None
            ) = ...,
            sasl_username: str | None = ...,
            sasl_password: str | None = ...,
        ) -> None: ...
