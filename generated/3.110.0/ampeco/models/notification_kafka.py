"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


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


class NotificationKafka(AmpecoModel):
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
