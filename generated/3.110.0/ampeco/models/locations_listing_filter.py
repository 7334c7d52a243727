"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .partner_country import PartnerCountry

if TYPE_CHECKING:
    from ..params import LocationsListingFilterStateLiteral, PartnerCountryLiteral


class LocationsListingFilterState(OpenEnum):
    AL = "AL"
    AK = "AK"
    AS = "AS"
    AZ = "AZ"
    AR = "AR"
    CA = "CA"
    CO = "CO"
    CT = "CT"
    DE = "DE"
    DC = "DC"
    FM = "FM"
    FL = "FL"
    GA = "GA"
    GU = "GU"
    HI = "HI"
    ID = "ID"
    IL = "IL"
    IN = "IN"
    IA = "IA"
    KS = "KS"
    KY = "KY"
    LA = "LA"
    ME = "ME"
    MH = "MH"
    MD = "MD"
    MA = "MA"
    MI = "MI"
    MN = "MN"
    MS = "MS"
    MO = "MO"
    MT = "MT"
    NE = "NE"
    NV = "NV"
    NH = "NH"
    NJ = "NJ"
    NM = "NM"
    NY = "NY"
    NC = "NC"
    ND = "ND"
    MP = "MP"
    OH = "OH"
    OK = "OK"
    OR = "OR"
    PW = "PW"
    PA = "PA"
    PR = "PR"
    RI = "RI"
    SC = "SC"
    SD = "SD"
    TN = "TN"
    TX = "TX"
    UT = "UT"
    VT = "VT"
    VI = "VI"
    VA = "VA"
    WA = "WA"
    WV = "WV"
    WI = "WI"
    WY = "WY"
    NSW = "NSW"
    VIC = "VIC"
    QLD = "QLD"
    SA = "SA"
    TAS = "TAS"
    ACT = "ACT"
    NT = "NT"
    JBT = "JBT"
    CX = "CX"
    NF = "NF"
    CC = "CC"
    AQ = "AQ"
    CSI = "CSI"
    ACI = "ACI"
    HM = "HM"
    AB = "AB"
    BC = "BC"
    MB = "MB"
    NB = "NB"
    NL = "NL"
    NS = "NS"
    NU = "NU"
    ON = "ON"
    PE = "PE"
    QC = "QC"
    SK = "SK"
    YT = "YT"
    V81 = "81"
    V84 = "84"
    V85 = "85"
    V67 = "67"
    V89 = "89"
    V71 = "71"
    V76 = "76"
    V95 = "95"
    V79 = "79"


class LocationsListingFilter(SDKModel):
    country: PartnerCountry | None = None
    state: LocationsListingFilterState | None = None
    region: str | None = None
    city: str | None = None
    partner_id: int | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    tag: str | None = None
    """Only list Locations that have the specific tag assigned."""
    roaming: bool | None = None
    """When true - returns only roaming locations. When false - returns only local locations owned by the authenticated operator."""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the locations that were last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the locations that were last updated on and before this datetime"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            state: (
                LocationsListingFilterState | LocationsListingFilterStateLiteral | None
            ) = ...,
            region: str | None = ...,
            city: str | None = ...,
            partner_id: int | None = ...,
            external_id: str | None = ...,
            tag: str | None = ...,
            roaming: bool | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
        ) -> None: ...
