"""The stub server's handlers: one per operation of the AMPECO.CHARGE Public API 3.110.0.

Each is registered with what its operation needs (method, path template, typed path,
query, header and cookie parameters, body type and media type, success status, result
type, media type and envelope, and its security when it is not the API's default) and
picks the operation's behaviour; ``Call`` (in the runtime) carries it out.
"""

from __future__ import annotations

from .._runtime.stub_call import Call
from .._runtime.stub_records import Reply
from .._runtime.stub_routes import RouteTable
from .._runtime.stub_schema import (
    BOOL,
    DATE,
    FLOAT,
    INT,
    STR,
    Field,
    array_of,
    choice,
    one_of,
    ref,
)

ROUTES = RouteTable()


@ROUTES.add(
    "assignInstallerJobChargePoints",
    "POST",
    "/public-api/actions/installer-job/v1.0/{installerJob}/assign-charge-points",
    path_params=[Field("installerJob", INT, required=True)],
    body=ref("AssignInstallerJobChargePointsRequest"),
    body_required=True,
    status=202,
)
def assign_installer_job_charge_points(call: Call) -> Reply:
    """Actions / Assign Charge Points

    ``POST /public-api/actions/installer-job/v1.0/{installerJob}/assign-charge-points``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "authorizationRead",
    "GET",
    "/public-api/resources/authorizations/v2.0/{authorization}",
    path_params=[Field("authorization", STR, required=True)],
    result=ref("Authorization"),
    envelope="data",
)
def authorization_read(call: Call) -> Reply:
    """Authorization / Read

    ``GET /public-api/resources/authorizations/v2.0/{authorization}``

    Answers the record of ``resources/authorizations`` named by ``authorization``.
    """
    return call.read("resources/authorizations", "authorization")


@ROUTES.add(
    "authorizationReadDeprecated",
    "GET",
    "/public-api/resources/authorizations/v1.0/{authorization}",
    path_params=[Field("authorization", STR, required=True)],
    result=ref("AuthorizationDeprecated"),
    envelope="data",
)
def authorization_read_deprecated(call: Call) -> Reply:
    """Authorization / Read

    ``GET /public-api/resources/authorizations/v1.0/{authorization}``

    Answers the record of ``resources/authorizations`` named by ``authorization``.
    """
    return call.read("resources/authorizations", "authorization")


@ROUTES.add(
    "authorizationReadV2_1",
    "GET",
    "/public-api/resources/authorizations/v2.1/{authorization}",
    path_params=[Field("authorization", STR, required=True)],
    result=ref("AuthorizationReadV21Result"),
    envelope="data",
)
def authorization_read_v2_1(call: Call) -> Reply:
    """Authorization / Read

    ``GET /public-api/resources/authorizations/v2.1/{authorization}``

    Answers the record of ``resources/authorizations`` named by ``authorization``.
    """
    return call.read("resources/authorizations", "authorization")


@ROUTES.add(
    "authorizationsListing",
    "GET",
    "/public-api/resources/authorizations/v2.0",
    query=[
        Field("filter", ref("AuthorizationsListingV21Filter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Authorization"),
    envelope="page",
    pagination="cursor+page",
)
def authorizations_listing(call: Call) -> Reply:
    """Authorizations / Listing

    ``GET /public-api/resources/authorizations/v2.0``

    Lists the records of ``resources/authorizations``, a page at a time.
    """
    return call.listing("resources/authorizations")


@ROUTES.add(
    "authorizationsListingV2_1",
    "GET",
    "/public-api/resources/authorizations/v2.1",
    query=[
        Field("filter", ref("AuthorizationsListingV21Filter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("AuthorizationReadV21Result"),
    envelope="page",
    pagination="cursor+page",
)
def authorizations_listing_v2_1(call: Call) -> Reply:
    """Authorizations / Listing

    ``GET /public-api/resources/authorizations/v2.1``

    Lists the records of ``resources/authorizations``, a page at a time.
    """
    return call.listing("resources/authorizations")


@ROUTES.add(
    "bookingRead",
    "GET",
    "/public-api/resources/bookings/v1.0/{booking}",
    path_params=[Field("booking", INT, required=True)],
    query=[Field("include", array_of(choice("BookingReadIncludeItem")))],
    result=ref("Booking"),
    envelope="data",
)
def booking_read(call: Call) -> Reply:
    """Booking / Read

    ``GET /public-api/resources/bookings/v1.0/{booking}``

    Answers the record of ``resources/bookings`` named by ``booking``.
    """
    return call.read("resources/bookings", "booking")


@ROUTES.add(
    "bookingRequestCreate",
    "POST",
    "/public-api/resources/booking-requests/v1.0",
    body=one_of(
        ref("CreateBookingRequestInput"),
        ref("UpdateBookingRequestInput"),
        ref("CancelBooking"),
    ),
    body_required=True,
    status=201,
    result=one_of(
        ref("BookingRequestOption1"),
        ref("BookingRequestOption2"),
        ref("BookingRequestOption3"),
    ),
    envelope="data",
)
def booking_request_create(call: Call) -> Reply:
    """Booking Request / Create

    ``POST /public-api/resources/booking-requests/v1.0``

    Stores the body as a new record of ``resources/booking-requests``.
    """
    return call.create("resources/booking-requests")


@ROUTES.add(
    "bookingRequestRead",
    "GET",
    "/public-api/resources/booking-requests/v1.0/{bookingRequest}",
    path_params=[Field("bookingRequest", INT, required=True)],
    result=one_of(
        ref("BookingRequestOption1"),
        ref("BookingRequestOption2"),
        ref("BookingRequestOption3"),
    ),
    envelope="data",
)
def booking_request_read(call: Call) -> Reply:
    """Booking Request / Read

    ``GET /public-api/resources/booking-requests/v1.0/{bookingRequest}``

    Answers the record of ``resources/booking-requests`` named by ``bookingRequest``.
    """
    return call.read("resources/booking-requests", "bookingRequest")


@ROUTES.add(
    "bookingRequestsListing",
    "GET",
    "/public-api/resources/booking-requests/v1.0",
    query=[
        Field("filter", ref("BookingRequestsListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=one_of(
        ref("BookingRequestOption1"),
        ref("BookingRequestOption2"),
        ref("BookingRequestOption3"),
    ),
    envelope="page",
    pagination="cursor",
)
def booking_requests_listing(call: Call) -> Reply:
    """Booking Requests / Listing

    ``GET /public-api/resources/booking-requests/v1.0``

    Lists the records of ``resources/booking-requests``, a page at a time.
    """
    return call.listing("resources/booking-requests")


@ROUTES.add(
    "bookingsListing",
    "GET",
    "/public-api/resources/bookings/v1.0",
    query=[
        Field("filter", ref("BookingsListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("BookingListItem"),
    envelope="page",
    pagination="cursor",
)
def bookings_listing(call: Call) -> Reply:
    """Bookings / Listing

    ``GET /public-api/resources/bookings/v1.0``

    Lists the records of ``resources/bookings``, a page at a time.
    """
    return call.listing("resources/bookings")


@ROUTES.add(
    "cdrRead",
    "GET",
    "/public-api/resources/cdrs/v2.0/{cdr}",
    path_params=[Field("cdr", INT, required=True)],
    query=[Field("include", array_of(choice("CdrReadIncludeItem")))],
    result=ref("Cdr"),
    envelope="data",
)
def cdr_read(call: Call) -> Reply:
    """CDR / Read

    ``GET /public-api/resources/cdrs/v2.0/{cdr}``

    Answers the record of ``resources/cdrs`` named by ``cdr``.
    """
    return call.read("resources/cdrs", "cdr")


@ROUTES.add(
    "cdrsListing",
    "GET",
    "/public-api/resources/cdrs/v2.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("filter", ref("CdrsListingFilter")),
        Field("include", array_of(choice("CdrReadIncludeItem"))),
    ],
    result=ref("Cdr"),
    envelope="page",
    pagination="cursor",
)
def cdrs_listing(call: Call) -> Reply:
    """CDRs / Listing

    ``GET /public-api/resources/cdrs/v2.0``

    Lists the records of ``resources/cdrs``, a page at a time.
    """
    return call.listing("resources/cdrs")


@ROUTES.add(
    "certificateIssueAnEmaid",
    "POST",
    "/public-api/actions/provisioning-certificate/v1.0/{provisioningCertificate}/issue-emaid",
    path_params=[Field("provisioningCertificate", INT, required=True)],
    body=ref("CertificateIssueAnEmaidRequest"),
    body_required=True,
    status=202,
)
def certificate_issue_an_emaid(call: Call) -> Reply:
    """Certificate / Issue an EMAID

    ``POST /public-api/actions/provisioning-certificate/v1.0/{provisioningCertificate}/issue-emaid``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "certificateReissueAnEmaid",
    "POST",
    "/public-api/actions/id-tag/v1.0/{idTag}/reissue-emaid",
    path_params=[Field("idTag", INT, required=True)],
    status=202,
)
def certificate_reissue_an_emaid(call: Call) -> Reply:
    """Certificate / Reissue an EMAID

    ``POST /public-api/actions/id-tag/v1.0/{idTag}/reissue-emaid``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "changeFlexibilityAssetStatus",
    "POST",
    "/public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/change-status",
    path_params=[Field("flexibilityAsset", STR, required=True)],
    body=ref("ChangeFlexibilityAssetStatusRequest"),
    body_required=True,
    status=201,
    result=ref("ChangeFlexibilityAssetStatusRequest"),
)
def change_flexibility_asset_status(call: Call) -> Reply:
    """Flexibility Asset / Change Status

    ``POST /public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/change-status``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "changeInstallerJobStatus",
    "POST",
    "/public-api/actions/installer-job/v1.0/{installerJob}/change-status",
    path_params=[Field("installerJob", INT, required=True)],
    body=ref("ChangeInstallerJobStatusRequest"),
    body_required=True,
    status=202,
)
def change_installer_job_status(call: Call) -> Reply:
    """Actions / Change Status

    ``POST /public-api/actions/installer-job/v1.0/{installerJob}/change-status``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "charegPointShareDelete",
    "DELETE",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("share", INT, required=True),
    ],
    status=204,
)
def chareg_point_share_delete(call: Call) -> Reply:
    """Charge Point / Share / Delete

    ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}``

    Deletes the record of ``resources/charge-points/{chargePoint}/shares`` named by ``share``.
    """
    return call.delete("resources/charge-points/{chargePoint}/shares", "share")


@ROUTES.add(
    "chargePointAvailablePersonalSmartChargingModesListing",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/available-personal-smart-charging-modes",
    path_params=[Field("chargePoint", INT, required=True)],
    result=array_of(
        one_of(
            ref("ChargePointAvailablePersonalSmartChargingModeItemOption1"),
            ref("ChargePointAvailablePersonalSmartChargingModeItemOption2"),
            ref("ChargePointAvailablePersonalSmartChargingModeItemOption3"),
            ref("ChargePointAvailablePersonalSmartChargingModeItemOption4"),
        )
    ),
    envelope="data",
)
def charge_point_available_personal_smart_charging_modes_listing(call: Call) -> Reply:
    """Charge Point / Available personal smart charging modes / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/available-personal-smart-charging-modes``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointChangeAvailability",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/change-availability",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointChangeAvailabilityRequest"),
    body_required=True,
    status=202,
)
def charge_point_change_availability(call: Call) -> Reply:
    """Charge Point / Change Availability

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-availability``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointChangeOwner",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/change-owner",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointChangeOwnerRequest"),
    body_required=True,
    status=202,
)
def charge_point_change_owner(call: Call) -> Reply:
    """Charge Point / Change Owner

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-owner``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointChangeSharingCode",
    "POST",
    "/public-api/actions/charge-point/v2.0/{chargePoint}/change-sharing-code",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointChangeSharingCodeRequest"),
    body_required=True,
    status=202,
)
def charge_point_change_sharing_code(call: Call) -> Reply:
    """Charge Point / Change sharing code

    ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/change-sharing-code``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointClearChargingProfile",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/clear-charging-profile",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointClearChargingProfileRequest"),
    status=202,
)
def charge_point_clear_charging_profile(call: Call) -> Reply:
    """Charge Point / Clear Charging Profile

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/clear-charging-profile``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointConfigurationRead",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field(
            "key",
            one_of(choice("ChargePointConfigurationReadKeyOption1"), STR),
            required=True,
        ),
    ],
    result=ref("ChargePointConfiguration"),
    envelope="data",
)
def charge_point_configuration_read(call: Call) -> Reply:
    """Charge Point / Configuration / Read

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}``

    Answers the record of ``resources/charge-points/{chargePoint}/configurations`` named by ``key``.
    """
    return call.read("resources/charge-points/{chargePoint}/configurations", "key")


@ROUTES.add(
    "chargePointConfigurationReadDeprecated",
    "GET",
    "/public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field(
            "key",
            one_of(choice("ChargePointConfigurationReadKeyOption1"), STR),
            required=True,
        ),
    ],
    result=ref("ChargePointConfigurationItem"),
    envelope="data",
)
def charge_point_configuration_read_deprecated(call: Call) -> Reply:
    """Charge Point / Configuration / Read

    ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}``

    Answers the record of ``resources/charge-points/{chargePoint}/configurations`` named by ``key``.
    """
    return call.read("resources/charge-points/{chargePoint}/configurations", "key")


@ROUTES.add(
    "chargePointConfigurationUpdate",
    "PATCH",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field(
            "key",
            one_of(choice("ChargePointConfigurationReadKeyOption1"), STR),
            required=True,
        ),
    ],
    body=ref("ChargePointConfigurationUpdateRequest"),
    body_required=True,
    result=ref("ChargePointConfiguration"),
    envelope="data",
)
def charge_point_configuration_update(call: Call) -> Reply:
    """Charge Point / Configuration / Update

    ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}``

    Merges the body into the record of ``resources/charge-points/{chargePoint}/configurations`` named by ``key``.
    """
    return call.update("resources/charge-points/{chargePoint}/configurations", "key")


@ROUTES.add(
    "chargePointConfigurationUpdateDeprecated",
    "PATCH",
    "/public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field(
            "key",
            one_of(choice("ChargePointConfigurationReadKeyOption1"), STR),
            required=True,
        ),
    ],
    body=ref("ChargePointConfigurationUpdateRequest"),
    body_required=True,
)
def charge_point_configuration_update_deprecated(call: Call) -> Reply:
    """Charge Point / Configuration / Update

    ``PATCH /public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}``

    Merges the body into the record of ``resources/charge-points/{chargePoint}/configurations`` named by ``key``.
    """
    return call.update("resources/charge-points/{chargePoint}/configurations", "key")


@ROUTES.add(
    "chargePointConfigurationsListing",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/configurations",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[Field("filter", ref("ChargePointConfigurationsListingFilter"))],
    result=array_of(ref("ChargePointConfiguration")),
    envelope="data",
)
def charge_point_configurations_listing(call: Call) -> Reply:
    """Charge Point / Configurations / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/configurations``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointConfigurationsListingDeprecated",
    "GET",
    "/public-api/resources/charge-points/v1.0/{chargePoint}/configurations",
    path_params=[Field("chargePoint", INT, required=True)],
    result=array_of(ref("ChargePointConfigurationItem")),
    envelope="data",
)
def charge_point_configurations_listing_deprecated(call: Call) -> Reply:
    """Charge Point / Configurations / Listing

    ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/configurations``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointCreate",
    "POST",
    "/public-api/resources/charge-points/v2.0",
    body=ref("ChargePointCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePoint"),
    envelope="data",
)
def charge_point_create(call: Call) -> Reply:
    """Charge Point / Create

    ``POST /public-api/resources/charge-points/v2.0``

    Stores the body as a new record of ``resources/charge-points``.
    """
    return call.create("resources/charge-points")


@ROUTES.add(
    "chargePointCreateDeprecated",
    "POST",
    "/public-api/resources/charge-points/v1.0",
    body=ref("ChargePointCreateDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointDeprecated"),
    envelope="data",
)
def charge_point_create_deprecated(call: Call) -> Reply:
    """Charge Point / Create

    ``POST /public-api/resources/charge-points/v1.0``

    Stores the body as a new record of ``resources/charge-points``.
    """
    return call.create("resources/charge-points")


@ROUTES.add(
    "chargePointDelete",
    "DELETE",
    "/public-api/resources/charge-points/v2.0/{chargePoint}",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[Field("include", array_of(choice("ChargePointDeleteIncludeItem")))],
    status=204,
)
def charge_point_delete(call: Call) -> Reply:
    """Charge Point / Delete

    ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}``

    Deletes the record of ``resources/charge-points`` named by ``chargePoint``.
    """
    return call.delete("resources/charge-points", "chargePoint")


@ROUTES.add(
    "chargePointDeleteCertificate",
    "POST",
    "/public-api/actions/charge-point/v2.0/{chargePoint}/delete-certificate",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointDeleteCertificateRequest"),
    body_required=True,
    status=202,
)
def charge_point_delete_certificate(call: Call) -> Reply:
    """Charge Point / Delete Certificate

    ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/delete-certificate``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointDeleteDeprecated",
    "DELETE",
    "/public-api/resources/charge-points/v1.0/{chargePoint}",
    path_params=[Field("chargePoint", INT, required=True)],
    status=204,
)
def charge_point_delete_deprecated(call: Call) -> Reply:
    """Charge Point / Delete

    ``DELETE /public-api/resources/charge-points/v1.0/{chargePoint}``

    Deletes the record of ``resources/charge-points`` named by ``chargePoint``.
    """
    return call.delete("resources/charge-points", "chargePoint")


@ROUTES.add(
    "chargePointDisconnect",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/disconnect",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointDisconnectRequest"),
    body_required=True,
    status=202,
    result=ref("ChargePointDisconnectResponse"),
)
def charge_point_disconnect(call: Call) -> Reply:
    """Charge Point / Disconnect

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/disconnect``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointDowntimePeriodCreate",
    "POST",
    "/public-api/resources/charge-point-downtime-periods/v1.0",
    body=ref("ChargePointDowntimePeriodCreateRequest"),
    status=201,
    result=ref("ChargePointDowntimePeriod"),
    envelope="data",
)
def charge_point_downtime_period_create(call: Call) -> Reply:
    """Charge Point Downtime Period / Create

    ``POST /public-api/resources/charge-point-downtime-periods/v1.0``

    Stores the body as a new record of ``resources/charge-point-downtime-periods``.
    """
    return call.create("resources/charge-point-downtime-periods")


@ROUTES.add(
    "chargePointDowntimePeriodDelete",
    "DELETE",
    "/public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}",
    path_params=[Field("chargePointDowntimePeriod", INT, required=True)],
    status=204,
)
def charge_point_downtime_period_delete(call: Call) -> Reply:
    """Charge Point Downtime Period / Delete

    ``DELETE /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}``

    Deletes the record of ``resources/charge-point-downtime-periods`` named by ``chargePointDowntimePeriod``.
    """
    return call.delete(
        "resources/charge-point-downtime-periods", "chargePointDowntimePeriod"
    )


@ROUTES.add(
    "chargePointDowntimePeriodRead",
    "GET",
    "/public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}",
    path_params=[Field("chargePointDowntimePeriod", INT, required=True)],
    result=ref("ChargePointDowntimePeriod"),
    envelope="data",
)
def charge_point_downtime_period_read(call: Call) -> Reply:
    """Charge Point Downtime Period / Read

    ``GET /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}``

    Answers the record of ``resources/charge-point-downtime-periods`` named by ``chargePointDowntimePeriod``.
    """
    return call.read(
        "resources/charge-point-downtime-periods", "chargePointDowntimePeriod"
    )


@ROUTES.add(
    "chargePointDowntimePeriodUpdate",
    "PATCH",
    "/public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}",
    path_params=[Field("chargePointDowntimePeriod", INT, required=True)],
    body=ref("ChargePointDowntimePeriodUpdateRequest"),
    result=ref("ChargePointDowntimePeriod"),
    envelope="data",
)
def charge_point_downtime_period_update(call: Call) -> Reply:
    """Charge Point Downtime Period / Update

    ``PATCH /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}``

    Merges the body into the record of ``resources/charge-point-downtime-periods`` named by ``chargePointDowntimePeriod``.
    """
    return call.update(
        "resources/charge-point-downtime-periods", "chargePointDowntimePeriod"
    )


@ROUTES.add(
    "chargePointDowntimePeriodsListing",
    "GET",
    "/public-api/resources/charge-point-downtime-periods/v1.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("ChargePointDowntimePeriodsListingFilter")),
    ],
    result=ref("ChargePointDowntimePeriod"),
    envelope="page",
    pagination="page",
)
def charge_point_downtime_periods_listing(call: Call) -> Reply:
    """Charge Point Downtime Periods / Listing

    ``GET /public-api/resources/charge-point-downtime-periods/v1.0``

    Lists the records of ``resources/charge-point-downtime-periods``, a page at a time.
    """
    return call.listing("resources/charge-point-downtime-periods")


@ROUTES.add(
    "chargePointEvseConnectorCreate",
    "POST",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    body=ref("ChargePointEvseConnectorCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointEvseConnector"),
    envelope="data",
)
def charge_point_evse_connector_create(call: Call) -> Reply:
    """Charge Points / Evse / Connector / Create

    ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors``

    Stores the body as a new record of ``resources/charge-points/{chargePoint}/evses/{evse}/connectors``.
    """
    return call.create("resources/charge-points/{chargePoint}/evses/{evse}/connectors")


@ROUTES.add(
    "chargePointEvseConnectorDelete",
    "DELETE",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
        Field("connector", INT, required=True),
    ],
    status=204,
)
def charge_point_evse_connector_delete(call: Call) -> Reply:
    """Charge Points / Evse / Connector / Delete

    ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}``

    Deletes the record of ``resources/charge-points/{chargePoint}/evses/{evse}/connectors`` named by ``connector``.
    """
    return call.delete(
        "resources/charge-points/{chargePoint}/evses/{evse}/connectors", "connector"
    )


@ROUTES.add(
    "chargePointEvseConnectorRead",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
        Field("connector", INT, required=True),
    ],
    result=ref("ChargePointEvseConnector"),
    envelope="data",
)
def charge_point_evse_connector_read(call: Call) -> Reply:
    """Charge Points / Evse / Connector / Read

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}``

    Answers the record of ``resources/charge-points/{chargePoint}/evses/{evse}/connectors`` named by ``connector``.
    """
    return call.read(
        "resources/charge-points/{chargePoint}/evses/{evse}/connectors", "connector"
    )


@ROUTES.add(
    "chargePointEvseConnectorUpdate",
    "PATCH",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
        Field("connector", INT, required=True),
    ],
    body=ref("ChargePointEvseConnectorUpdateRequest"),
    body_required=True,
    result=ref("ChargePointEvseConnector"),
    envelope="data",
)
def charge_point_evse_connector_update(call: Call) -> Reply:
    """Charge Points / Evse / Connector / Update

    ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}``

    Merges the body into the record of ``resources/charge-points/{chargePoint}/evses/{evse}/connectors`` named by ``connector``.
    """
    return call.update(
        "resources/charge-points/{chargePoint}/evses/{evse}/connectors", "connector"
    )


@ROUTES.add(
    "chargePointEvseConnectorsListing",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    result=array_of(ref("ChargePointEvseConnector")),
    envelope="data",
)
def charge_point_evse_connectors_listing(call: Call) -> Reply:
    """Charge Point / Evse / Connectors / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointEvseCreate",
    "POST",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointEvseCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointEvse"),
    envelope="data",
)
def charge_point_evse_create(call: Call) -> Reply:
    """Charge Point / EVSE / Create

    ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/evses``

    Stores the body as a new record of ``resources/charge-points/{chargePoint}/evses``.
    """
    return call.create("resources/charge-points/{chargePoint}/evses")


@ROUTES.add(
    "chargePointEvseDelete",
    "DELETE",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    query=[Field("include", array_of(choice("ChargePointEvseDeleteIncludeItem")))],
    status=204,
)
def charge_point_evse_delete(call: Call) -> Reply:
    """Charge Point / EVSE / Delete

    ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}``

    Deletes the record of ``resources/charge-points/{chargePoint}/evses`` named by ``evse``.
    """
    return call.delete("resources/charge-points/{chargePoint}/evses", "evse")


@ROUTES.add(
    "chargePointEvseRead",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    query=[Field("include", array_of(choice("ChargePointEvseDeleteIncludeItem")))],
    result=ref("ChargePointEvse"),
    envelope="data",
)
def charge_point_evse_read(call: Call) -> Reply:
    """Charge Point / EVSE / Read

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}``

    Answers the record of ``resources/charge-points/{chargePoint}/evses`` named by ``evse``.
    """
    return call.read("resources/charge-points/{chargePoint}/evses", "evse")


@ROUTES.add(
    "chargePointEvseUnlock",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/unlock/{evse}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    status=202,
    result=ref("ChargePointEvseUnlockResponse"),
)
def charge_point_evse_unlock(call: Call) -> Reply:
    """Charge Point / EVSE / Unlock

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/unlock/{evse}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointEvseUpdate",
    "PATCH",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    query=[Field("include", array_of(choice("ChargePointEvseDeleteIncludeItem")))],
    body=ref("ChargePointEvseUpdateRequest"),
    body_required=True,
    result=ref("ChargePointEvse"),
    envelope="data",
)
def charge_point_evse_update(call: Call) -> Reply:
    """Charge Point / EVSE / Update

    ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}``

    Merges the body into the record of ``resources/charge-points/{chargePoint}/evses`` named by ``evse``.
    """
    return call.update("resources/charge-points/{chargePoint}/evses", "evse")


@ROUTES.add(
    "chargePointEvsesListing",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/evses",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[
        Field("include", array_of(choice("ChargePointEvseDeleteIncludeItem"))),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ChargePointEvse"),
    envelope="page",
    pagination="cursor",
)
def charge_point_evses_listing(call: Call) -> Reply:
    """Charge Point / EVSEs / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses``

    Lists the records of ``resources/charge-points/{chargePoint}/evses``, a page at a time.
    """
    return call.listing("resources/charge-points/{chargePoint}/evses")


@ROUTES.add(
    "chargePointGetDiagnostics",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/get-diagnostics",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointGetDiagnosticsRequest"),
    body_required=True,
    status=202,
    result=ref("ChargePointGetDiagnosticsResponse"),
)
def charge_point_get_diagnostics(call: Call) -> Reply:
    """Charge Point / Get Diagnostics

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/get-diagnostics``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointGetInstalledCertificateIds",
    "POST",
    "/public-api/actions/charge-point/v2.0/{chargePoint}/sync-certificates",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointGetInstalledCertificateIdsRequest"),
    body_required=True,
    status=202,
)
def charge_point_get_installed_certificate_ids(call: Call) -> Reply:
    """Charge Point / Get Installed Certificate IDs

    ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/sync-certificates``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointGetSecurityLog",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/get-security-log",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointGetSecurityLogRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointGetSecurityLogResult"),
    envelope="data",
)
def charge_point_get_security_log(call: Call) -> Reply:
    """Charge Point / Get Security Log

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/get-security-log``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointInstallCertificate",
    "POST",
    "/public-api/actions/charge-point/v2.0/{chargePoint}/install-certificate",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointInstallCertificateRequest"),
    body_required=True,
    status=202,
)
def charge_point_install_certificate(call: Call) -> Reply:
    """Charge Point / Install Certificate

    ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/install-certificate``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointModelCreate",
    "POST",
    "/public-api/resources/charge-point-models/v1.0",
    body=ref("ChargePointModelCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointModel"),
    envelope="data",
)
def charge_point_model_create(call: Call) -> Reply:
    """Charge Point Model / Create

    ``POST /public-api/resources/charge-point-models/v1.0``

    Stores the body as a new record of ``resources/charge-point-models``.
    """
    return call.create("resources/charge-point-models")


@ROUTES.add(
    "chargePointModelCreateDeprecated",
    "POST",
    "/public-api/resources/cp-models/v1.0",
    body=ref("ChargePointModelCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointModel"),
    envelope="data",
)
def charge_point_model_create_deprecated(call: Call) -> Reply:
    """Charge Point Model / Create

    ``POST /public-api/resources/cp-models/v1.0``

    Stores the body as a new record of ``resources/cp-models``.
    """
    return call.create("resources/cp-models")


@ROUTES.add(
    "chargePointModelDelete",
    "DELETE",
    "/public-api/resources/charge-point-models/v1.0/{modelId}",
    path_params=[Field("modelId", INT, required=True)],
    status=204,
)
def charge_point_model_delete(call: Call) -> Reply:
    """Charge Point Model / Delete

    ``DELETE /public-api/resources/charge-point-models/v1.0/{modelId}``

    Deletes the record of ``resources/charge-point-models`` named by ``modelId``.
    """
    return call.delete("resources/charge-point-models", "modelId")


@ROUTES.add(
    "chargePointModelDeleteDeprecated",
    "DELETE",
    "/public-api/resources/cp-models/v1.0/{modelId}",
    path_params=[Field("modelId", INT, required=True)],
    status=204,
)
def charge_point_model_delete_deprecated(call: Call) -> Reply:
    """Charge Point Model / Delete

    ``DELETE /public-api/resources/cp-models/v1.0/{modelId}``

    Deletes the record of ``resources/cp-models`` named by ``modelId``.
    """
    return call.delete("resources/cp-models", "modelId")


@ROUTES.add(
    "chargePointModelRead",
    "GET",
    "/public-api/resources/charge-point-models/v1.0/{modelId}",
    path_params=[Field("modelId", INT, required=True)],
    result=ref("ChargePointModel"),
    envelope="data",
)
def charge_point_model_read(call: Call) -> Reply:
    """Charge Point Model / Read

    ``GET /public-api/resources/charge-point-models/v1.0/{modelId}``

    Answers the record of ``resources/charge-point-models`` named by ``modelId``.
    """
    return call.read("resources/charge-point-models", "modelId")


@ROUTES.add(
    "chargePointModelReadDeprecated",
    "GET",
    "/public-api/resources/cp-models/v1.0/{modelId}",
    path_params=[Field("modelId", INT, required=True)],
    result=ref("ChargePointModel"),
    envelope="data",
)
def charge_point_model_read_deprecated(call: Call) -> Reply:
    """Charge Point Model / Read

    ``GET /public-api/resources/cp-models/v1.0/{modelId}``

    Answers the record of ``resources/cp-models`` named by ``modelId``.
    """
    return call.read("resources/cp-models", "modelId")


@ROUTES.add(
    "chargePointModelUpdate",
    "PATCH",
    "/public-api/resources/charge-point-models/v1.0/{modelId}",
    path_params=[Field("modelId", INT, required=True)],
    body=ref("ChargePointModelUpdateRequest"),
    body_required=True,
    result=ref("ChargePointModel"),
    envelope="data",
)
def charge_point_model_update(call: Call) -> Reply:
    """Charge Point Model / Update

    ``PATCH /public-api/resources/charge-point-models/v1.0/{modelId}``

    Merges the body into the record of ``resources/charge-point-models`` named by ``modelId``.
    """
    return call.update("resources/charge-point-models", "modelId")


@ROUTES.add(
    "chargePointModelUpdateDeprecated",
    "PATCH",
    "/public-api/resources/cp-models/v1.0/{modelId}",
    path_params=[Field("modelId", INT, required=True)],
    body=ref("ChargePointModelUpdateRequest"),
    body_required=True,
    result=ref("ChargePointModel"),
    envelope="data",
)
def charge_point_model_update_deprecated(call: Call) -> Reply:
    """Charge Point Model / Update

    ``PATCH /public-api/resources/cp-models/v1.0/{modelId}``

    Merges the body into the record of ``resources/cp-models`` named by ``modelId``.
    """
    return call.update("resources/cp-models", "modelId")


@ROUTES.add(
    "chargePointModelsListing",
    "GET",
    "/public-api/resources/charge-point-models/v1.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("ChargePointModelsListingFilter")),
    ],
    result=ref("ChargePointModel"),
    envelope="page",
    pagination="page",
)
def charge_point_models_listing(call: Call) -> Reply:
    """Charge Point Models / Listing

    ``GET /public-api/resources/charge-point-models/v1.0``

    Lists the records of ``resources/charge-point-models``, a page at a time.
    """
    return call.listing("resources/charge-point-models")


@ROUTES.add(
    "chargePointModelsListingDeprecated",
    "GET",
    "/public-api/resources/cp-models/v1.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("ChargePointModelsListingFilter")),
    ],
    result=ref("ChargePointModel"),
    envelope="page",
    pagination="page",
)
def charge_point_models_listing_deprecated(call: Call) -> Reply:
    """Charge Point Models / Listing

    ``GET /public-api/resources/cp-models/v1.0``

    Lists the records of ``resources/cp-models``, a page at a time.
    """
    return call.listing("resources/cp-models")


@ROUTES.add(
    "chargePointMoveEvsesToSatellite",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/move-evses-to-satellite",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointMoveEvsesToSatelliteRequest"),
    body_required=True,
    status=202,
)
def charge_point_move_evses_to_satellite(call: Call) -> Reply:
    """Charge Point / Move EVSEs to Satellite

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/move-evses-to-satellite``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointPersonalSmartChargingPreferencesRead",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
    path_params=[Field("chargePoint", INT, required=True)],
    result=one_of(
        ref("ChargePointPersonalSmartChargingPreferencesOption1"),
        ref("ChargePointPersonalSmartChargingPreferencesOption2"),
        ref("ChargePointPersonalSmartChargingPreferencesOption3"),
        ref("ChargePointPersonalSmartChargingPreferencesOption4"),
        ref("ChargePointPersonalSmartChargingPreferencesOption5"),
        ref("ChargePointPersonalSmartChargingPreferencesOption6"),
    ),
    envelope="data",
)
def charge_point_personal_smart_charging_preferences_read(call: Call) -> Reply:
    """Charge Point / Personal smart charging preferences / Read

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences``

    Reads, writes or resets the single record ``resources/charge-points/{chargePoint}/personal-smart-charging-preferences``.
    """
    return call.singleton(
        "resources/charge-points/{chargePoint}/personal-smart-charging-preferences"
    )


@ROUTES.add(
    "chargePointRead",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[Field("include", array_of(choice("ChargePointDeleteIncludeItem")))],
    result=ref("ChargePoint"),
    envelope="data",
)
def charge_point_read(call: Call) -> Reply:
    """Charge Point / Read

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}``

    Answers the record of ``resources/charge-points`` named by ``chargePoint``.
    """
    return call.read("resources/charge-points", "chargePoint")


@ROUTES.add(
    "chargePointReadDeprecated",
    "GET",
    "/public-api/resources/charge-points/v1.0/{chargePoint}",
    path_params=[Field("chargePoint", INT, required=True)],
    result=ref("ChargePointDeprecated"),
    envelope="data",
)
def charge_point_read_deprecated(call: Call) -> Reply:
    """Charge Point / Read

    ``GET /public-api/resources/charge-points/v1.0/{chargePoint}``

    Answers the record of ``resources/charge-points`` named by ``chargePoint``.
    """
    return call.read("resources/charge-points", "chargePoint")


@ROUTES.add(
    "chargePointReserve",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/reserve/{evse}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    body=ref("ChargePointReserveRequest"),
    status=202,
    result=ref("ChargePointReserveResponse"),
)
def charge_point_reserve(call: Call) -> Reply:
    """Charge Point / Reserve

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reserve/{evse}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointReset",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("type", choice("ChargePointResetType"), required=True),
    ],
    status=202,
    result=ref("ChargePointEvseUnlockResponse"),
)
def charge_point_reset(call: Call) -> Reply:
    """Charge Point / Reset

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointResetSecurityProfile",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/reset-security-profile",
    path_params=[Field("chargePoint", INT, required=True)],
    status=202,
)
def charge_point_reset_security_profile(call: Call) -> Reply:
    """Charge Point / Reset Security Profile

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset-security-profile``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointSendDataTransfer",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/send-data-transfer",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointSendDataTransferRequest"),
    body_required=True,
    result=ref("ChargePointSendDataTransferResponse"),
)
def charge_point_send_data_transfer(call: Call) -> Reply:
    """Charge Point / Send Data Transfer

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/send-data-transfer``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointSetChargingProfile",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evseNetworkId", INT, required=True),
    ],
    body=ref("ChargePointSetChargingProfileRequest"),
    body_required=True,
    status=202,
    result=ref("ChargePointSetChargingProfileResult"),
    envelope="data",
)
def charge_point_set_charging_profile(call: Call) -> Reply:
    """Charge Point / Set Charging Profile

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointSetConfiguration",
    "POST",
    "/public-api/actions/charge-point/v2.0/{chargePoint}/set-configuration",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointSetConfigurationRequest"),
    body_required=True,
    status=202,
)
def charge_point_set_configuration(call: Call) -> Reply:
    """Charge Point / Set Configuration

    ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/set-configuration``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointSetSecurityProfile",
    "POST",
    "/public-api/actions/charge-point/v2.0/{chargePoint}/set-security-profile",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointSetSecurityProfileRequest"),
    body_required=True,
    status=202,
    result=ref("ChargePointEvseUnlockResponse"),
)
def charge_point_set_security_profile(call: Call) -> Reply:
    """Charge Point / Set Security Profile

    ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/set-security-profile``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointShareCreate",
    "POST",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/shares",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointShareCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointShare"),
    envelope="data",
)
def charge_point_share_create(call: Call) -> Reply:
    """Charge Point / Share / Create

    ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/shares``

    Stores the body as a new record of ``resources/charge-points/{chargePoint}/shares``.
    """
    return call.create("resources/charge-points/{chargePoint}/shares")


@ROUTES.add(
    "chargePointShareRead",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("share", INT, required=True),
    ],
    result=ref("ChargePointShare"),
    envelope="data",
)
def charge_point_share_read(call: Call) -> Reply:
    """Charge Point / Share / Read

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}``

    Answers the record of ``resources/charge-points/{chargePoint}/shares`` named by ``share``.
    """
    return call.read("resources/charge-points/{chargePoint}/shares", "share")


@ROUTES.add(
    "chargePointSharedPartnersListing",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("ChargePointSharedPartner"),
    envelope="page",
    pagination="cursor",
)
def charge_point_shared_partners_listing(call: Call) -> Reply:
    """Charge Point / Shared Partners / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners``

    Lists the records of ``resources/charge-points/{chargePoint}/shared-partners``, a page at a time.
    """
    return call.listing("resources/charge-points/{chargePoint}/shared-partners")


@ROUTES.add(
    "chargePointSharedPartnersSync",
    "PUT",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointSharedPartnersSyncRequest"),
    body_required=True,
    status=204,
)
def charge_point_shared_partners_sync(call: Call) -> Reply:
    """Charge Point / Shared Partners / Update

    ``PUT /public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointSharesListing",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/shares",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("ChargePointShare"),
    envelope="page",
    pagination="cursor",
)
def charge_point_shares_listing(call: Call) -> Reply:
    """Charge Point / Shares / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shares``

    Lists the records of ``resources/charge-points/{chargePoint}/shares``, a page at a time.
    """
    return call.listing("resources/charge-points/{chargePoint}/shares")


@ROUTES.add(
    "chargePointSmartChargingUpdate",
    "POST",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging",
    path_params=[Field("chargePoint", INT, required=True)],
    body=one_of(
        ref("ChargePointSmartChargingUpdateRequestOption1"),
        ref("ChargePointSmartChargingUpdateRequestOption2"),
        ref("ChargePointSmartChargingUpdateRequestOption3"),
        ref("ChargePointSmartChargingOption4"),
    ),
    body_required=True,
    status=201,
    result=one_of(
        ref("ChargePointSmartChargingOption1"),
        ref("ChargePointSmartChargingOption2"),
        ref("ChargePointSmartChargingOption3"),
        ref("ChargePointSmartChargingOption4"),
    ),
    envelope="data",
)
def charge_point_smart_charging_update(call: Call) -> Reply:
    """Charge Point / Smart Charging / Update

    ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging``

    Reads, writes or resets the single record ``resources/charge-points/{chargePoint}/smart-charging``.
    """
    return call.singleton("resources/charge-points/{chargePoint}/smart-charging")


@ROUTES.add(
    "chargePointStartChargingSession",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/start/{evse}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    body=ref("ChargePointStartChargingSessionRequest"),
    status=202,
    result=ref("ChargePointStartChargingSessionResponse"),
)
def charge_point_start_charging_session(call: Call) -> Reply:
    """Charge Point / Start Charging Session

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/start/{evse}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointStartChargingSessionWithoutEvse",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/start",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointStartChargingSessionWithoutEvseRequest"),
    status=202,
    result=ref("ChargePointStartChargingSessionWithoutEvseResponse"),
)
def charge_point_start_charging_session_without_evse(call: Call) -> Reply:
    """Charge Point / Start Charging Session Without EVSE

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/start``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointStatusRead",
    "GET",
    "/public-api/resources/charge-points/v1.0/{chargePoint}/status",
    path_params=[Field("chargePoint", INT, required=True)],
    result=ref("ChargePointStatus"),
    envelope="data",
)
def charge_point_status_read(call: Call) -> Reply:
    """Charge Point / Status / Read

    ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/status``

    Reads, writes or resets the single record ``resources/charge-points/{chargePoint}/status``.
    """
    return call.singleton("resources/charge-points/{chargePoint}/status")


@ROUTES.add(
    "chargePointStopChargingSession",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/stop/{session}",
    path_params=[
        Field("chargePoint", INT, required=True),
        Field("session", INT, required=True),
    ],
    body=ref("ChargePointStopChargingSessionRequest"),
    status=202,
)
def charge_point_stop_charging_session(call: Call) -> Reply:
    """Charge Point / Stop Charging Session

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/stop/{session}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointSyncConfiguration",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/sync-configuration",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointSyncConfigurationRequest"),
    status=202,
    result=ref("ChargePointSyncConfigurationResponse"),
)
def charge_point_sync_configuration(call: Call) -> Reply:
    """Charge Point / Sync Configuration

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/sync-configuration``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointTriggerMessageChargePoint",
    "POST",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/trigger-message",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointTriggerMessageChargePointRequest"),
    body_required=True,
    status=202,
)
def charge_point_trigger_message_charge_point(call: Call) -> Reply:
    """Charge Point / Trigger Message Charge Point

    ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/trigger-message``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointUpdate",
    "PATCH",
    "/public-api/resources/charge-points/v2.0/{chargePoint}",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[Field("include", array_of(choice("ChargePointDeleteIncludeItem")))],
    body=ref("ChargePointUpdateRequest"),
    body_required=True,
    result=ref("ChargePoint"),
    envelope="data",
)
def charge_point_update(call: Call) -> Reply:
    """Charge Point / Update

    ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}``

    Merges the body into the record of ``resources/charge-points`` named by ``chargePoint``.
    """
    return call.update("resources/charge-points", "chargePoint")


@ROUTES.add(
    "chargePointUpdateDeprecated",
    "PATCH",
    "/public-api/resources/charge-points/v1.0/{chargePoint}",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointUpdateDeprecatedRequest"),
    body_required=True,
    result=ref("ChargePointDeprecated"),
)
def charge_point_update_deprecated(call: Call) -> Reply:
    """Charge Point / Update

    ``PATCH /public-api/resources/charge-points/v1.0/{chargePoint}``

    Merges the body into the record of ``resources/charge-points`` named by ``chargePoint``.
    """
    return call.update("resources/charge-points", "chargePoint")


@ROUTES.add(
    "chargePointUpdateFirmware",
    "POST",
    "/public-api/actions/charge-point/v2.0/{chargePoint}/update-firmware",
    path_params=[Field("chargePoint", INT, required=True)],
    body=ref("ChargePointUpdateFirmwareRequest"),
    body_required=True,
    status=202,
)
def charge_point_update_firmware(call: Call) -> Reply:
    """Charge Point / Update Firmware

    ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/update-firmware``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "chargePointVendorCreate",
    "POST",
    "/public-api/resources/charge-point-vendors/v1.0",
    body=ref("ChargePointVendorCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointVendor"),
    envelope="data",
)
def charge_point_vendor_create(call: Call) -> Reply:
    """Charge Point Vendor / Create

    ``POST /public-api/resources/charge-point-vendors/v1.0``

    Stores the body as a new record of ``resources/charge-point-vendors``.
    """
    return call.create("resources/charge-point-vendors")


@ROUTES.add(
    "chargePointVendorCreateDeprecated",
    "POST",
    "/public-api/resources/cp-vendors/v1.0",
    body=ref("ChargePointVendorCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ChargePointVendor"),
    envelope="data",
)
def charge_point_vendor_create_deprecated(call: Call) -> Reply:
    """Charge Point Vendor / Create

    ``POST /public-api/resources/cp-vendors/v1.0``

    Stores the body as a new record of ``resources/cp-vendors``.
    """
    return call.create("resources/cp-vendors")


@ROUTES.add(
    "chargePointVendorDelete",
    "DELETE",
    "/public-api/resources/charge-point-vendors/v1.0/{vendorId}",
    path_params=[Field("vendorId", INT, required=True)],
    status=204,
)
def charge_point_vendor_delete(call: Call) -> Reply:
    """Charge Point Vendor / Delete

    ``DELETE /public-api/resources/charge-point-vendors/v1.0/{vendorId}``

    Deletes the record of ``resources/charge-point-vendors`` named by ``vendorId``.
    """
    return call.delete("resources/charge-point-vendors", "vendorId")


@ROUTES.add(
    "chargePointVendorDeleteDeprecated",
    "DELETE",
    "/public-api/resources/cp-vendors/v1.0/{vendorId}",
    path_params=[Field("vendorId", INT, required=True)],
    status=204,
)
def charge_point_vendor_delete_deprecated(call: Call) -> Reply:
    """Charge Point Vendor / Delete

    ``DELETE /public-api/resources/cp-vendors/v1.0/{vendorId}``

    Deletes the record of ``resources/cp-vendors`` named by ``vendorId``.
    """
    return call.delete("resources/cp-vendors", "vendorId")


@ROUTES.add(
    "chargePointVendorRead",
    "GET",
    "/public-api/resources/charge-point-vendors/v1.0/{vendorId}",
    path_params=[Field("vendorId", INT, required=True)],
    result=ref("ChargePointVendor"),
    envelope="data",
)
def charge_point_vendor_read(call: Call) -> Reply:
    """Charge Point Vendor / Read

    ``GET /public-api/resources/charge-point-vendors/v1.0/{vendorId}``

    Answers the record of ``resources/charge-point-vendors`` named by ``vendorId``.
    """
    return call.read("resources/charge-point-vendors", "vendorId")


@ROUTES.add(
    "chargePointVendorReadDeprecated",
    "GET",
    "/public-api/resources/cp-vendors/v1.0/{vendorId}",
    path_params=[Field("vendorId", INT, required=True)],
    result=ref("ChargePointVendor"),
    envelope="data",
)
def charge_point_vendor_read_deprecated(call: Call) -> Reply:
    """Charge Point Vendor / Read

    ``GET /public-api/resources/cp-vendors/v1.0/{vendorId}``

    Answers the record of ``resources/cp-vendors`` named by ``vendorId``.
    """
    return call.read("resources/cp-vendors", "vendorId")


@ROUTES.add(
    "chargePointVendorUpdate",
    "PATCH",
    "/public-api/resources/charge-point-vendors/v1.0/{vendorId}",
    path_params=[Field("vendorId", INT, required=True)],
    body=ref("ChargePointVendorUpdateRequest"),
    body_required=True,
    result=ref("ChargePointVendor"),
    envelope="data",
)
def charge_point_vendor_update(call: Call) -> Reply:
    """Charge Point Vendor / Update

    ``PATCH /public-api/resources/charge-point-vendors/v1.0/{vendorId}``

    Merges the body into the record of ``resources/charge-point-vendors`` named by ``vendorId``.
    """
    return call.update("resources/charge-point-vendors", "vendorId")


@ROUTES.add(
    "chargePointVendorUpdateDeprecated",
    "PATCH",
    "/public-api/resources/cp-vendors/v1.0/{vendorId}",
    path_params=[Field("vendorId", INT, required=True)],
    body=ref("ChargePointVendorUpdateRequest"),
    body_required=True,
    result=ref("ChargePointVendor"),
    envelope="data",
)
def charge_point_vendor_update_deprecated(call: Call) -> Reply:
    """Charge Point Vendor / Update

    ``PATCH /public-api/resources/cp-vendors/v1.0/{vendorId}``

    Merges the body into the record of ``resources/cp-vendors`` named by ``vendorId``.
    """
    return call.update("resources/cp-vendors", "vendorId")


@ROUTES.add(
    "chargePointVendorsListing",
    "GET",
    "/public-api/resources/charge-point-vendors/v1.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("ChargePointVendor"),
    envelope="page",
    pagination="page",
)
def charge_point_vendors_listing(call: Call) -> Reply:
    """Charge Point Vendors / Listing

    ``GET /public-api/resources/charge-point-vendors/v1.0``

    Lists the records of ``resources/charge-point-vendors``, a page at a time.
    """
    return call.listing("resources/charge-point-vendors")


@ROUTES.add(
    "chargePointVendorsListingDeprecated",
    "GET",
    "/public-api/resources/cp-vendors/v1.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("ChargePointVendor"),
    envelope="page",
    pagination="page",
)
def charge_point_vendors_listing_deprecated(call: Call) -> Reply:
    """Charge Point Vendors / Listing

    ``GET /public-api/resources/cp-vendors/v1.0``

    Lists the records of ``resources/cp-vendors``, a page at a time.
    """
    return call.listing("resources/cp-vendors")


@ROUTES.add(
    "chargePointsListing",
    "GET",
    "/public-api/resources/charge-points/v2.0",
    query=[
        Field("filter", ref("ChargePointsListingFilter")),
        Field("include", array_of(choice("ChargePointDeleteIncludeItem"))),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ChargePoint"),
    envelope="page",
    pagination="cursor",
)
def charge_points_listing(call: Call) -> Reply:
    """Charge Points / Listing

    ``GET /public-api/resources/charge-points/v2.0``

    Lists the records of ``resources/charge-points``, a page at a time.
    """
    return call.listing("resources/charge-points")


@ROUTES.add(
    "chargePointsListingDeprecated",
    "GET",
    "/public-api/resources/charge-points/v1.0",
    query=[
        Field("filter", ref("ChargePointsListingDeprecatedFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ChargePointDeprecated"),
    envelope="page",
    pagination="cursor+page",
)
def charge_points_listing_deprecated(call: Call) -> Reply:
    """Charge Points / Listing

    ``GET /public-api/resources/charge-points/v1.0``

    Lists the records of ``resources/charge-points``, a page at a time.
    """
    return call.listing("resources/charge-points")


@ROUTES.add(
    "circuitAttachChargePoint",
    "POST",
    "/public-api/actions/circuit/v2.0/{circuit}/attach-charge-point",
    path_params=[Field("circuit", INT, required=True)],
    body=ref("CircuitAttachChargePointRequest"),
    body_required=True,
    status=202,
)
def circuit_attach_charge_point(call: Call) -> Reply:
    """Circuit / Attach Charge Point

    ``POST /public-api/actions/circuit/v2.0/{circuit}/attach-charge-point``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitChargePointPrioritiesListing",
    "GET",
    "/public-api/resources/circuits/v2.0/{circuit}/charge-point-priorities",
    path_params=[Field("circuit", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("CircuitChargePointPriority"),
    envelope="page",
    pagination="cursor",
)
def circuit_charge_point_priorities_listing(call: Call) -> Reply:
    """Circuit / Charge Point Priorities / Listing

    ``GET /public-api/resources/circuits/v2.0/{circuit}/charge-point-priorities``

    Lists the records of ``resources/circuits/{circuit}/charge-point-priorities``, a page at a time.
    """
    return call.listing("resources/circuits/{circuit}/charge-point-priorities")


@ROUTES.add(
    "circuitConsumption",
    "GET",
    "/public-api/resources/circuits/v2.0/{circuit}/consumption",
    path_params=[Field("circuit", INT, required=True)],
    result=array_of(ref("CircuitUnmanagedLoadItem")),
    envelope="data",
)
def circuit_consumption(call: Call) -> Reply:
    """Circuit / Consumption

    ``GET /public-api/resources/circuits/v2.0/{circuit}/consumption``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitConsumptionAllPhasesDeprecated",
    "GET",
    "/public-api/resources/circuits/v1.0/{dlmCircuit}/consumption",
    path_params=[Field("dlmCircuit", INT, required=True)],
    result=array_of(ref("CircuitUnmanagedLoadItem")),
)
def circuit_consumption_all_phases_deprecated(call: Call) -> Reply:
    """Circuit / Consumption (all phases)

    ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}/consumption``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitConsumptionPhaseDeprecated",
    "GET",
    "/public-api/resources/circuits/v1.0/{dlmCircuit}/consumption/{phase}",
    path_params=[
        Field("dlmCircuit", INT, required=True),
        Field("phase", choice("CircuitConsumptionPhaseDeprecatedPhase"), required=True),
    ],
    result=FLOAT,
)
def circuit_consumption_phase_deprecated(call: Call) -> Reply:
    """Circuit / Consumption (phase)

    ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}/consumption/{phase}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitCreate",
    "POST",
    "/public-api/resources/circuits/v2.0",
    body=ref("CircuitCreateRequest"),
    body_required=True,
    status=201,
    result=ref("CircuitCreateResult"),
    envelope="data",
)
def circuit_create(call: Call) -> Reply:
    """Circuit / Create

    ``POST /public-api/resources/circuits/v2.0``

    Stores the body as a new record of ``resources/circuits``.
    """
    return call.create("resources/circuits")


@ROUTES.add(
    "circuitCreateDeprecated",
    "POST",
    "/public-api/resources/circuits/v1.0",
    body=ref("CircuitCreateDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("CircuitDeprecated"),
    envelope="data",
)
def circuit_create_deprecated(call: Call) -> Reply:
    """Circuit / Create

    ``POST /public-api/resources/circuits/v1.0``

    Stores the body as a new record of ``resources/circuits``.
    """
    return call.create("resources/circuits")


@ROUTES.add(
    "circuitDelete",
    "DELETE",
    "/public-api/resources/circuits/v2.0/{circuit}",
    path_params=[Field("circuit", INT, required=True)],
    status=204,
)
def circuit_delete(call: Call) -> Reply:
    """Circuit / Delete

    ``DELETE /public-api/resources/circuits/v2.0/{circuit}``

    Deletes the record of ``resources/circuits`` named by ``circuit``.
    """
    return call.delete("resources/circuits", "circuit")


@ROUTES.add(
    "circuitDeleteDeprecated",
    "DELETE",
    "/public-api/resources/circuits/v1.0/{dlmCircuit}",
    path_params=[Field("dlmCircuit", INT, required=True)],
    status=204,
)
def circuit_delete_deprecated(call: Call) -> Reply:
    """Circuit / Delete

    ``DELETE /public-api/resources/circuits/v1.0/{dlmCircuit}``

    Deletes the record of ``resources/circuits`` named by ``dlmCircuit``.
    """
    return call.delete("resources/circuits", "dlmCircuit")


@ROUTES.add(
    "circuitDetachChargePoint",
    "POST",
    "/public-api/actions/circuit/v2.0/{circuit}/detach-charge-point/{chargePoint}",
    path_params=[
        Field("circuit", INT, required=True),
        Field("chargePoint", INT, required=True),
    ],
    status=202,
)
def circuit_detach_charge_point(call: Call) -> Reply:
    """Circuit / Detach Charge Point

    ``POST /public-api/actions/circuit/v2.0/{circuit}/detach-charge-point/{chargePoint}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitRead",
    "GET",
    "/public-api/resources/circuits/v2.0/{circuit}",
    path_params=[Field("circuit", INT, required=True)],
    query=[Field("include", array_of(choice("CircuitReadIncludeItem")))],
    result=ref("Circuit"),
    envelope="data",
)
def circuit_read(call: Call) -> Reply:
    """Circuit / Read

    ``GET /public-api/resources/circuits/v2.0/{circuit}``

    Answers the record of ``resources/circuits`` named by ``circuit``.
    """
    return call.read("resources/circuits", "circuit")


@ROUTES.add(
    "circuitReadDeprecated",
    "GET",
    "/public-api/resources/circuits/v1.0/{dlmCircuit}",
    path_params=[Field("dlmCircuit", INT, required=True)],
    result=ref("CircuitDeprecated"),
    envelope="data",
)
def circuit_read_deprecated(call: Call) -> Reply:
    """Circuit / Read

    ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}``

    Answers the record of ``resources/circuits`` named by ``dlmCircuit``.
    """
    return call.read("resources/circuits", "dlmCircuit")


@ROUTES.add(
    "circuitSetChargePointEvsePriority",
    "POST",
    "/public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}/evse/{evse}",
    path_params=[
        Field("circuit", INT, required=True),
        Field("chargePoint", INT, required=True),
        Field("evse", INT, required=True),
    ],
    body=ref("CircuitSetChargePointEvsePriorityRequest"),
    body_required=True,
    status=202,
)
def circuit_set_charge_point_evse_priority(call: Call) -> Reply:
    """Circuit / Set Charge Point EVSE Priority

    ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}/evse/{evse}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitSetChargePointPriority",
    "POST",
    "/public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}",
    path_params=[
        Field("circuit", INT, required=True),
        Field("chargePoint", INT, required=True),
    ],
    body=ref("CircuitSetChargePointEvsePriorityRequest"),
    body_required=True,
    status=202,
)
def circuit_set_charge_point_priority(call: Call) -> Reply:
    """Circuit / Set Charge Point Priority

    ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitSetCircuitSocPriority",
    "POST",
    "/public-api/actions/circuit/v2.0/{circuit}/set-circuit-soc-priorities",
    path_params=[Field("circuit", INT, required=True)],
    body=ref("CircuitSetCircuitSocPriorityRequest"),
    body_required=True,
    status=202,
)
def circuit_set_circuit_soc_priority(call: Call) -> Reply:
    """Circuit / Set Circuit SoC Priority

    ``POST /public-api/actions/circuit/v2.0/{circuit}/set-circuit-soc-priorities``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitSetSessionPriority",
    "POST",
    "/public-api/actions/circuit/v2.0/{circuit}/set-session-priority/{session}",
    path_params=[
        Field("circuit", INT, required=True),
        Field("session", INT, required=True),
    ],
    body=ref("CircuitSetChargePointEvsePriorityRequest"),
    body_required=True,
    status=202,
)
def circuit_set_session_priority(call: Call) -> Reply:
    """Circuit / Set Session Priority

    ``POST /public-api/actions/circuit/v2.0/{circuit}/set-session-priority/{session}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitSocPrioritiesListing",
    "GET",
    "/public-api/resources/circuits/v2.0/{circuit}/soc-priorities",
    path_params=[Field("circuit", INT, required=True)],
    result=ref("CircuitSetCircuitSocPriorityRequest"),
)
def circuit_soc_priorities_listing(call: Call) -> Reply:
    """Circuit / SoC Priorities / Listing

    ``GET /public-api/resources/circuits/v2.0/{circuit}/soc-priorities``

    Reads, writes or resets the single record ``resources/circuits/{circuit}/soc-priorities``.
    """
    return call.singleton("resources/circuits/{circuit}/soc-priorities")


@ROUTES.add(
    "circuitUnmanagedLoadRead",
    "GET",
    "/public-api/resources/circuits/v2.0/{circuit}/unmanaged-load",
    path_params=[Field("circuit", INT, required=True)],
    result=array_of(ref("CircuitUnmanagedLoadItem")),
    envelope="data",
)
def circuit_unmanaged_load_read(call: Call) -> Reply:
    """Circuit / Unmanaged Load / Read

    ``GET /public-api/resources/circuits/v2.0/{circuit}/unmanaged-load``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "circuitUpdate",
    "PATCH",
    "/public-api/resources/circuits/v2.0/{circuit}",
    path_params=[Field("circuit", INT, required=True)],
    body=ref("CircuitUpdateRequest"),
    body_required=True,
    result=ref("CircuitCreateResult"),
    envelope="data",
)
def circuit_update(call: Call) -> Reply:
    """Circuit / Update

    ``PATCH /public-api/resources/circuits/v2.0/{circuit}``

    Merges the body into the record of ``resources/circuits`` named by ``circuit``.
    """
    return call.update("resources/circuits", "circuit")


@ROUTES.add(
    "circuitUpdateDeprecated",
    "PATCH",
    "/public-api/resources/circuits/v1.0/{dlmCircuit}",
    path_params=[Field("dlmCircuit", INT, required=True)],
    body=ref("CircuitUpdateDeprecatedRequest"),
    body_required=True,
    result=ref("CircuitUpdateDeprecatedResponse"),
)
def circuit_update_deprecated(call: Call) -> Reply:
    """Circuit / Update

    ``PATCH /public-api/resources/circuits/v1.0/{dlmCircuit}``

    Merges the body into the record of ``resources/circuits`` named by ``dlmCircuit``.
    """
    return call.update("resources/circuits", "dlmCircuit")


@ROUTES.add(
    "circuitUserPrioritiesListing",
    "GET",
    "/public-api/resources/circuits/v2.0/{circuit}/user-priorities",
    path_params=[Field("circuit", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("CircuitUserPriority"),
    envelope="page",
    pagination="cursor",
)
def circuit_user_priorities_listing(call: Call) -> Reply:
    """Circuits / User Priorities / Listing

    ``GET /public-api/resources/circuits/v2.0/{circuit}/user-priorities``

    Lists the records of ``resources/circuits/{circuit}/user-priorities``, a page at a time.
    """
    return call.listing("resources/circuits/{circuit}/user-priorities")


@ROUTES.add(
    "circuitUserPriorityCreate",
    "POST",
    "/public-api/resources/circuits/v2.0/{circuit}/user-priorities",
    path_params=[Field("circuit", INT, required=True)],
    body=ref("CircuitUserPriorityCreateRequest"),
    body_required=True,
    status=201,
    result=ref("CircuitUserPriority"),
    envelope="data",
)
def circuit_user_priority_create(call: Call) -> Reply:
    """Circuits / User Priority / Create

    ``POST /public-api/resources/circuits/v2.0/{circuit}/user-priorities``

    Stores the body as a new record of ``resources/circuits/{circuit}/user-priorities``.
    """
    return call.create("resources/circuits/{circuit}/user-priorities")


@ROUTES.add(
    "circuitUserPriorityDelete",
    "DELETE",
    "/public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}",
    path_params=[
        Field("circuit", INT, required=True),
        Field("userPriority", INT, required=True),
    ],
    status=204,
)
def circuit_user_priority_delete(call: Call) -> Reply:
    """Circuits / User Priority / Delete

    ``DELETE /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}``

    Deletes the record of ``resources/circuits/{circuit}/user-priorities`` named by ``userPriority``.
    """
    return call.delete("resources/circuits/{circuit}/user-priorities", "userPriority")


@ROUTES.add(
    "circuitUserPriorityRead",
    "GET",
    "/public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}",
    path_params=[
        Field("circuit", INT, required=True),
        Field("userPriority", INT, required=True),
    ],
    result=ref("CircuitUserPriority"),
    envelope="data",
)
def circuit_user_priority_read(call: Call) -> Reply:
    """Circuits / User Priority / Read

    ``GET /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}``

    Answers the record of ``resources/circuits/{circuit}/user-priorities`` named by ``userPriority``.
    """
    return call.read("resources/circuits/{circuit}/user-priorities", "userPriority")


@ROUTES.add(
    "circuitUserPriorityUpdate",
    "PATCH",
    "/public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}",
    path_params=[
        Field("circuit", INT, required=True),
        Field("userPriority", INT, required=True),
    ],
    body=ref("CircuitUserPriorityUpdateRequest"),
    body_required=True,
    result=ref("CircuitUserPriority"),
    envelope="data",
)
def circuit_user_priority_update(call: Call) -> Reply:
    """Circuits / User Priority / Update

    ``PATCH /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}``

    Merges the body into the record of ``resources/circuits/{circuit}/user-priorities`` named by ``userPriority``.
    """
    return call.update("resources/circuits/{circuit}/user-priorities", "userPriority")


@ROUTES.add(
    "circuitsListing",
    "GET",
    "/public-api/resources/circuits/v2.0",
    query=[
        Field("include", array_of(choice("CircuitReadIncludeItem"))),
        Field("filter", ref("CircuitsListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Circuit"),
    envelope="page",
    pagination="cursor",
)
def circuits_listing(call: Call) -> Reply:
    """Circuits / Listing

    ``GET /public-api/resources/circuits/v2.0``

    Lists the records of ``resources/circuits``, a page at a time.
    """
    return call.listing("resources/circuits")


@ROUTES.add(
    "circuitsListingDeprecated",
    "GET",
    "/public-api/resources/circuits/v1.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("CircuitDeprecated"),
    envelope="page",
    pagination="page",
)
def circuits_listing_deprecated(call: Call) -> Reply:
    """Circuits / Listing

    ``GET /public-api/resources/circuits/v1.0``

    Lists the records of ``resources/circuits``, a page at a time.
    """
    return call.listing("resources/circuits")


@ROUTES.add(
    "configurationTemplateApplyToChargePoints",
    "POST",
    "/public-api/actions/configuration-template/v1.0/{template}/apply-to-charge-points",
    path_params=[Field("template", INT, required=True)],
    body=ref("ConfigurationTemplateApplyToChargePointsRequest"),
    body_required=True,
    status=202,
)
def configuration_template_apply_to_charge_points(call: Call) -> Reply:
    """Configuration Template / Apply to Charge Points

    ``POST /public-api/actions/configuration-template/v1.0/{template}/apply-to-charge-points``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "configurationTemplateBulkCreateVariables",
    "POST",
    "/public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables",
    path_params=[Field("template", INT, required=True)],
    body=array_of(
        one_of(
            ref("ConfigurationVariableForOcpp16"),
            ref("ConfigurationVariableForOcpp201"),
        )
    ),
    body_required=True,
)
def configuration_template_bulk_create_variables(call: Call) -> Reply:
    """Configuration Template / Bulk Create Variables

    ``POST /public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "configurationTemplateVariableCreate",
    "POST",
    "/public-api/resources/configuration-templates/v1.0/{template}/variables",
    path_params=[Field("template", INT, required=True)],
    body=one_of(
        ref("ConfigurationVariableForOcpp16"), ref("ConfigurationVariableForOcpp201")
    ),
    body_required=True,
    status=201,
    result=one_of(
        ref("ConfigurationTemplateVariableOption1"),
        ref("ConfigurationTemplateVariableOption2"),
    ),
    envelope="data",
)
def configuration_template_variable_create(call: Call) -> Reply:
    """Configuration Template Variable / Create

    ``POST /public-api/resources/configuration-templates/v1.0/{template}/variables``

    Stores the body as a new record of ``resources/configuration-templates/{template}/variables``.
    """
    return call.create("resources/configuration-templates/{template}/variables")


@ROUTES.add(
    "configurationTemplateVariableDelete",
    "DELETE",
    "/public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}",
    path_params=[
        Field("template", INT, required=True),
        Field("variable", INT, required=True),
    ],
    status=204,
)
def configuration_template_variable_delete(call: Call) -> Reply:
    """Configuration Template Variable / Delete

    ``DELETE /public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}``

    Deletes the record of ``resources/configuration-templates/{template}/variables`` named by ``variable``.
    """
    return call.delete(
        "resources/configuration-templates/{template}/variables", "variable"
    )


@ROUTES.add(
    "configurationTemplateVariableListing",
    "GET",
    "/public-api/resources/configuration-templates/v1.0/{template}/variables",
    path_params=[Field("template", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=one_of(
        ref("ConfigurationTemplateVariableOption1"),
        ref("ConfigurationTemplateVariableOption2"),
    ),
    envelope="page",
    pagination="cursor",
)
def configuration_template_variable_listing(call: Call) -> Reply:
    """Configuration Template Variable / Listing

    ``GET /public-api/resources/configuration-templates/v1.0/{template}/variables``

    Lists the records of ``resources/configuration-templates/{template}/variables``, a page at a time.
    """
    return call.listing("resources/configuration-templates/{template}/variables")


@ROUTES.add(
    "configurationTemplateVariableUpdate",
    "PATCH",
    "/public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}",
    path_params=[
        Field("template", INT, required=True),
        Field("variable", INT, required=True),
    ],
    body=one_of(
        ref("ConfigurationTemplateVariableUpdateRequestOption1"),
        ref("ConfigurationTemplateVariableUpdateRequestOption2"),
    ),
    body_required=True,
    result=one_of(
        ref("ConfigurationTemplateVariableOption1"),
        ref("ConfigurationTemplateVariableOption2"),
    ),
    envelope="data",
)
def configuration_template_variable_update(call: Call) -> Reply:
    """Configuration Template Variable / Update

    ``PATCH /public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}``

    Merges the body into the record of ``resources/configuration-templates/{template}/variables`` named by ``variable``.
    """
    return call.update(
        "resources/configuration-templates/{template}/variables", "variable"
    )


@ROUTES.add(
    "consentsCreate",
    "POST",
    "/public-api/resources/consents/v1.0",
    body=ref("ConsentsCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Consent"),
    envelope="data",
)
def consents_create(call: Call) -> Reply:
    """Consents / Create

    ``POST /public-api/resources/consents/v1.0``

    Stores the body as a new record of ``resources/consents``.
    """
    return call.create("resources/consents")


@ROUTES.add(
    "consentsListing",
    "GET",
    "/public-api/resources/consents/v1.0",
    query=[
        Field("filter", ref("ConsentsListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("Consent"),
    envelope="page",
    pagination="page",
)
def consents_listing(call: Call) -> Reply:
    """Consents / Listing

    ``GET /public-api/resources/consents/v1.0``

    Lists the records of ``resources/consents``, a page at a time.
    """
    return call.listing("resources/consents")


@ROUTES.add(
    "contactDetailsDelete",
    "DELETE",
    "/public-api/resources/contact-details/v2.0",
    status=204,
)
def contact_details_delete(call: Call) -> Reply:
    """Contact details / Delete

    ``DELETE /public-api/resources/contact-details/v2.0``

    Reads, writes or resets the single record ``resources/contact-details``.
    """
    return call.singleton("resources/contact-details")


@ROUTES.add(
    "contactDetailsRead",
    "GET",
    "/public-api/resources/contact-details/v2.0",
    result=ref("ContactDetailsReadResponse"),
)
def contact_details_read(call: Call) -> Reply:
    """Contact details / Read

    ``GET /public-api/resources/contact-details/v2.0``

    Reads, writes or resets the single record ``resources/contact-details``.
    """
    return call.singleton("resources/contact-details")


@ROUTES.add(
    "contactDetailsUpdate",
    "PUT",
    "/public-api/resources/contact-details/v2.0",
    body=ref("ContactDetailsUpdateRequest"),
    body_required=True,
    result=ref("ContactDetailsReadResponse"),
)
def contact_details_update(call: Call) -> Reply:
    """Contact details / Update

    ``PUT /public-api/resources/contact-details/v2.0``

    Reads, writes or resets the single record ``resources/contact-details``.
    """
    return call.singleton("resources/contact-details")


@ROUTES.add(
    "createConfigurationTemplate",
    "POST",
    "/public-api/resources/configuration-templates/v1.0",
    body=ref("CreateConfigurationTemplateRequest"),
    body_required=True,
    status=201,
    result=ref("ConfigurationTemplate"),
    envelope="data",
)
def create_configuration_template(call: Call) -> Reply:
    """Configuration Template / Create

    ``POST /public-api/resources/configuration-templates/v1.0``

    Stores the body as a new record of ``resources/configuration-templates``.
    """
    return call.create("resources/configuration-templates")


@ROUTES.add(
    "createCurrencyRate",
    "POST",
    "/public-api/resources/currency-rates/v1.0",
    body=ref("CreateCurrencyRateRequest"),
    body_required=True,
    status=201,
    result=ref("CurrencyRate"),
    envelope="data",
)
def create_currency_rate(call: Call) -> Reply:
    """Currency Rate / Create

    ``POST /public-api/resources/currency-rates/v1.0``

    Stores the body as a new record of ``resources/currency-rates``.
    """
    return call.create("resources/currency-rates")


@ROUTES.add(
    "createFlexibilityAsset",
    "POST",
    "/public-api/resources/flexibility-assets/v1.0",
    body=ref("CreateFlexibilityAssetRequest"),
    body_required=True,
    status=201,
    result=ref("FlexibilityAsset"),
    envelope="data",
)
def create_flexibility_asset(call: Call) -> Reply:
    """Flexibility Assets / Create

    ``POST /public-api/resources/flexibility-assets/v1.0``

    Stores the body as a new record of ``resources/flexibility-assets``.
    """
    return call.create("resources/flexibility-assets")


@ROUTES.add(
    "createInstallerJob",
    "POST",
    "/public-api/resources/installer-jobs/v1.0",
    body=ref("CreateInstallerJobRequest"),
    body_required=True,
    status=201,
    result=ref("InstallerJobsList"),
    envelope="data",
)
def create_installer_job(call: Call) -> Reply:
    """Installer Jobs / Create

    ``POST /public-api/resources/installer-jobs/v1.0``

    Stores the body as a new record of ``resources/installer-jobs``.
    """
    return call.create("resources/installer-jobs")


@ROUTES.add(
    "createParkingSpace",
    "POST",
    "/public-api/resources/parking-spaces/v1.0",
    body=ref("CreateParkingSpaceRequest"),
    body_required=True,
    status=201,
    result=ref("ParkingSpace"),
    envelope="data",
)
def create_parking_space(call: Call) -> Reply:
    """Parking Space / Create

    ``POST /public-api/resources/parking-spaces/v1.0``

    Stores the body as a new record of ``resources/parking-spaces``.
    """
    return call.create("resources/parking-spaces")


@ROUTES.add(
    "createPaymentTerminal",
    "POST",
    "/public-api/resources/payment-terminals/v1.0",
    body=one_of(
        ref("CreatePaymentTerminalRequestOption1Option1"),
        ref("PayterOnLocation"),
        ref("CardlinkCastles"),
        ref("CreatePaymentTerminalRequestOption3"),
        ref("Ampeco_"),
        ref("Nayax"),
        ref("CreatePaymentTerminalRequestOption7"),
        ref("WebPortal"),
        ref("AdyenCastles"),
    ),
    body_required=True,
    result=one_of(
        ref("PaymentTerminalOption1Option1"),
        ref("PaymentTerminalOption1Option2"),
        ref("PaymentTerminalOption12"),
        ref("PaymentTerminalOption3"),
        ref("PaymentTerminalOption4"),
        ref("PaymentTerminalOption5"),
        ref("PaymentTerminalOption6"),
        ref("PaymentTerminalOption7"),
        ref("PaymentTerminalOption9"),
        ref("PaymentTerminalOption10"),
        ref("PaymentTerminalOption11"),
    ),
    envelope="data",
)
def create_payment_terminal(call: Call) -> Reply:
    """Payment Terminals / Create

    ``POST /public-api/resources/payment-terminals/v1.0``

    Stores the body as a new record of ``resources/payment-terminals``.
    """
    return call.create("resources/payment-terminals")


@ROUTES.add(
    "createPcId",
    "POST",
    "/public-api/resources/provisioning-certificates/v2.0",
    body=ref("CreatePcIdRequest"),
    body_required=True,
    status=201,
    result=ref("PcId"),
    envelope="data",
)
def create_pc_id(call: Call) -> Reply:
    """Provisioning Certificate / Create

    ``POST /public-api/resources/provisioning-certificates/v2.0``

    Stores the body as a new record of ``resources/provisioning-certificates``.
    """
    return call.create("resources/provisioning-certificates")


@ROUTES.add(
    "createRoamingCustomTariffFilter",
    "POST",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters",
    path_params=[Field("roamingOperator", INT, required=True)],
    body=ref("CreateRoamingCustomTariffFilterRequest"),
    body_required=True,
    status=201,
    result=ref("RoamingCustomTariffFilter"),
    envelope="data",
)
def create_roaming_custom_tariff_filter(call: Call) -> Reply:
    """Roaming Operators / Custom Tariff Filters / Create

    ``POST /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters``

    Stores the body as a new record of ``resources/roaming-operators/{roamingOperator}/custom-tariff-filters``.
    """
    return call.create(
        "resources/roaming-operators/{roamingOperator}/custom-tariff-filters"
    )


@ROUTES.add(
    "createUtility",
    "POST",
    "/public-api/resources/utilities/v1.0",
    body=ref("CreateUtilityRequest"),
    body_required=True,
    status=201,
    result=ref("Utility"),
    envelope="data",
)
def create_utility(call: Call) -> Reply:
    """Utilities / Create

    ``POST /public-api/resources/utilities/v1.0``

    Stores the body as a new record of ``resources/utilities``.
    """
    return call.create("resources/utilities")


@ROUTES.add(
    "currenciesListing",
    "GET",
    "/public-api/resources/currencies/v2.0",
    result=ref("Currency"),
    envelope="page",
    pagination="page",
)
def currencies_listing(call: Call) -> Reply:
    """Currencies / Listing

    ``GET /public-api/resources/currencies/v2.0``

    Lists the records of ``resources/currencies``, a page at a time.
    """
    return call.listing("resources/currencies")


@ROUTES.add(
    "currencyCreate",
    "POST",
    "/public-api/resources/currencies/v2.0",
    body=ref("CurrencyCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Currency"),
)
def currency_create(call: Call) -> Reply:
    """Currency / Create

    ``POST /public-api/resources/currencies/v2.0``

    Stores the body as a new record of ``resources/currencies``.
    """
    return call.create("resources/currencies")


@ROUTES.add(
    "currencyDeleteDeprecated",
    "DELETE",
    "/public-api/resources/currencies/v2.0/{currency}",
    path_params=[Field("currency", INT, required=True)],
    status=204,
)
def currency_delete_deprecated(call: Call) -> Reply:
    """Currency / Delete

    ``DELETE /public-api/resources/currencies/v2.0/{currency}``

    Deletes the record of ``resources/currencies`` named by ``currency``.
    """
    return call.delete("resources/currencies", "currency")


@ROUTES.add(
    "currencyRead",
    "GET",
    "/public-api/resources/currencies/v2.0/{currency}",
    path_params=[Field("currency", INT, required=True)],
    result=ref("Currency"),
)
def currency_read(call: Call) -> Reply:
    """Currency / Read

    ``GET /public-api/resources/currencies/v2.0/{currency}``

    Answers the record of ``resources/currencies`` named by ``currency``.
    """
    return call.read("resources/currencies", "currency")


@ROUTES.add(
    "currencyUpdate",
    "PATCH",
    "/public-api/resources/currencies/v2.0/{currency}",
    path_params=[Field("currency", INT, required=True)],
    body=ref("CurrencyCreateRequest"),
    body_required=True,
    result=ref("Currency"),
)
def currency_update(call: Call) -> Reply:
    """Currency / Update

    ``PATCH /public-api/resources/currencies/v2.0/{currency}``

    Merges the body into the record of ``resources/currencies`` named by ``currency``.
    """
    return call.update("resources/currencies", "currency")


@ROUTES.add(
    "customFeeRead",
    "GET",
    "/public-api/resources/custom-fees/v2.0/{customFee}",
    path_params=[Field("customFee", INT, required=True)],
    result=ref("CustomFee"),
    envelope="data",
)
def custom_fee_read(call: Call) -> Reply:
    """Custom Fee / Read

    ``GET /public-api/resources/custom-fees/v2.0/{customFee}``

    Answers the record of ``resources/custom-fees`` named by ``customFee``.
    """
    return call.read("resources/custom-fees", "customFee")


@ROUTES.add(
    "customFeesListing",
    "GET",
    "/public-api/resources/custom-fees/v2.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("CustomFeesListingFilter")),
    ],
    result=ref("CustomFee"),
    envelope="page",
    pagination="page",
)
def custom_fees_listing(call: Call) -> Reply:
    """Custom Fees / Listing

    ``GET /public-api/resources/custom-fees/v2.0``

    Lists the records of ``resources/custom-fees``, a page at a time.
    """
    return call.listing("resources/custom-fees")


@ROUTES.add(
    "deleteConfigurationTemplate",
    "DELETE",
    "/public-api/resources/configuration-templates/v1.0/{template}",
    path_params=[Field("template", INT, required=True)],
    status=204,
)
def delete_configuration_template(call: Call) -> Reply:
    """Configuration Template / Delete

    ``DELETE /public-api/resources/configuration-templates/v1.0/{template}``

    Deletes the record of ``resources/configuration-templates`` named by ``template``.
    """
    return call.delete("resources/configuration-templates", "template")


@ROUTES.add(
    "deleteCurrencyRate",
    "DELETE",
    "/public-api/resources/currency-rates/v1.0/{currencyRate}",
    path_params=[Field("currencyRate", INT, required=True)],
    status=204,
)
def delete_currency_rate(call: Call) -> Reply:
    """Currency Rate / Delete

    ``DELETE /public-api/resources/currency-rates/v1.0/{currencyRate}``

    Deletes the record of ``resources/currency-rates`` named by ``currencyRate``.
    """
    return call.delete("resources/currency-rates", "currencyRate")


@ROUTES.add(
    "deleteDowntimePeriodNotice",
    "DELETE",
    "/public-api/resources/downtime-period-notices/v1.0/{notice}",
    path_params=[Field("notice", INT, required=True)],
    status=204,
)
def delete_downtime_period_notice(call: Call) -> Reply:
    """Downtime Period Notices / Delete

    ``DELETE /public-api/resources/downtime-period-notices/v1.0/{notice}``

    Deletes the record of ``resources/downtime-period-notices`` named by ``notice``.
    """
    return call.delete("resources/downtime-period-notices", "notice")


@ROUTES.add(
    "deleteFlexibilityAsset",
    "DELETE",
    "/public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}",
    path_params=[Field("flexibilityAsset", INT, required=True)],
    status=204,
)
def delete_flexibility_asset(call: Call) -> Reply:
    """Flexibility Assets / Delete

    ``DELETE /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}``

    Deletes the record of ``resources/flexibility-assets`` named by ``flexibilityAsset``.
    """
    return call.delete("resources/flexibility-assets", "flexibilityAsset")


@ROUTES.add(
    "deleteInstallerJob",
    "DELETE",
    "/public-api/resources/installer-jobs/v1.0/{installerJob}",
    path_params=[Field("installerJob", INT, required=True)],
    status=204,
)
def delete_installer_job(call: Call) -> Reply:
    """Installer Jobs / Delete

    ``DELETE /public-api/resources/installer-jobs/v1.0/{installerJob}``

    Deletes the record of ``resources/installer-jobs`` named by ``installerJob``.
    """
    return call.delete("resources/installer-jobs", "installerJob")


@ROUTES.add(
    "deleteParkingSpace",
    "DELETE",
    "/public-api/resources/parking-spaces/v1.0/{parkingSpace}",
    path_params=[Field("parkingSpace", INT, required=True)],
    status=204,
)
def delete_parking_space(call: Call) -> Reply:
    """Parking Space / Delete

    ``DELETE /public-api/resources/parking-spaces/v1.0/{parkingSpace}``

    Deletes the record of ``resources/parking-spaces`` named by ``parkingSpace``.
    """
    return call.delete("resources/parking-spaces", "parkingSpace")


@ROUTES.add(
    "deletePaymentTerminal",
    "DELETE",
    "/public-api/resources/payment-terminals/v1.0/{paymentTerminal}",
    path_params=[Field("paymentTerminal", STR, required=True)],
    status=204,
)
def delete_payment_terminal(call: Call) -> Reply:
    """Payment Terminals / Delete

    ``DELETE /public-api/resources/payment-terminals/v1.0/{paymentTerminal}``

    Deletes the record of ``resources/payment-terminals`` named by ``paymentTerminal``.
    """
    return call.delete("resources/payment-terminals", "paymentTerminal")


@ROUTES.add(
    "deletePcId",
    "DELETE",
    "/public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}",
    path_params=[Field("provisioningCertificate", INT, required=True)],
    status=204,
)
def delete_pc_id(call: Call) -> Reply:
    """Provisioning Certificates / Delete

    ``DELETE /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}``

    Deletes the record of ``resources/provisioning-certificates`` named by ``provisioningCertificate``.
    """
    return call.delete("resources/provisioning-certificates", "provisioningCertificate")


@ROUTES.add(
    "deleteRoamingCustomTariffFilter",
    "DELETE",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}",
    path_params=[
        Field("roamingOperator", INT, required=True),
        Field("customTariffFilter", INT, required=True),
    ],
    status=204,
)
def delete_roaming_custom_tariff_filter(call: Call) -> Reply:
    """Roaming Operators / Custom Tariff Filters / Delete

    ``DELETE /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}``

    Deletes the record of ``resources/roaming-operators/{roamingOperator}/custom-tariff-filters`` named by ``customTariffFilter``.
    """
    return call.delete(
        "resources/roaming-operators/{roamingOperator}/custom-tariff-filters",
        "customTariffFilter",
    )


@ROUTES.add(
    "deleteUtility",
    "DELETE",
    "/public-api/resources/utilities/v1.0/{utility}",
    path_params=[Field("utility", INT, required=True)],
    status=204,
)
def delete_utility(call: Call) -> Reply:
    """Utilities / Delete

    ``DELETE /public-api/resources/utilities/v1.0/{utility}``

    Deletes the record of ``resources/utilities`` named by ``utility``.
    """
    return call.delete("resources/utilities", "utility")


@ROUTES.add(
    "electricityMeterCreate",
    "POST",
    "/public-api/resources/electricity-meters/v1.0",
    body=ref("ElectricityMeterCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ElectricityMeter"),
    envelope="data",
)
def electricity_meter_create(call: Call) -> Reply:
    """Electricity Meter / Create

    ``POST /public-api/resources/electricity-meters/v1.0``

    Stores the body as a new record of ``resources/electricity-meters``.
    """
    return call.create("resources/electricity-meters")


@ROUTES.add(
    "electricityMeterDelete",
    "DELETE",
    "/public-api/resources/electricity-meters/v1.0/{electricityMeter}",
    path_params=[Field("electricityMeter", INT, required=True)],
    status=204,
)
def electricity_meter_delete(call: Call) -> Reply:
    """Electricity Meter / Delete

    ``DELETE /public-api/resources/electricity-meters/v1.0/{electricityMeter}``

    Deletes the record of ``resources/electricity-meters`` named by ``electricityMeter``.
    """
    return call.delete("resources/electricity-meters", "electricityMeter")


@ROUTES.add(
    "electricityMeterRead",
    "GET",
    "/public-api/resources/electricity-meters/v1.0/{electricityMeter}",
    path_params=[Field("electricityMeter", INT, required=True)],
    result=ref("ElectricityMeter"),
    envelope="data",
)
def electricity_meter_read(call: Call) -> Reply:
    """Electricity Meter / Read

    ``GET /public-api/resources/electricity-meters/v1.0/{electricityMeter}``

    Answers the record of ``resources/electricity-meters`` named by ``electricityMeter``.
    """
    return call.read("resources/electricity-meters", "electricityMeter")


@ROUTES.add(
    "electricityMeterReportConsumption",
    "POST",
    "/public-api/actions/electricity-meter/v1.0/{electricityMeter}/report-consumption",
    path_params=[Field("electricityMeter", INT, required=True)],
    body=ref("ElectricityMeterReportConsumptionRequest"),
    body_required=True,
    status=202,
)
def electricity_meter_report_consumption(call: Call) -> Reply:
    """Electricity Meter / Report Consumption

    ``POST /public-api/actions/electricity-meter/v1.0/{electricityMeter}/report-consumption``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "electricityMeterUpdate",
    "PATCH",
    "/public-api/resources/electricity-meters/v1.0/{electricityMeter}",
    path_params=[Field("electricityMeter", INT, required=True)],
    body=ref("ElectricityMeterUpdateRequest"),
    body_required=True,
    result=ref("ElectricityMeter"),
    envelope="data",
)
def electricity_meter_update(call: Call) -> Reply:
    """Electricity Meter / Update

    ``PATCH /public-api/resources/electricity-meters/v1.0/{electricityMeter}``

    Merges the body into the record of ``resources/electricity-meters`` named by ``electricityMeter``.
    """
    return call.update("resources/electricity-meters", "electricityMeter")


@ROUTES.add(
    "electricityMetersLising",
    "GET",
    "/public-api/resources/electricity-meters/v1.0",
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("ElectricityMeter"),
    envelope="page",
    pagination="cursor",
)
def electricity_meters_lising(call: Call) -> Reply:
    """Electricity Meters / Listing

    ``GET /public-api/resources/electricity-meters/v1.0``

    Lists the records of ``resources/electricity-meters``, a page at a time.
    """
    return call.listing("resources/electricity-meters")


@ROUTES.add(
    "electricityRateCreate",
    "POST",
    "/public-api/resources/electricity-rates/v2.0",
    body=ref("ElectricityRateCreateRequest"),
    body_required=True,
    status=201,
    result=ref("ElectricityRate"),
    envelope="data",
)
def electricity_rate_create(call: Call) -> Reply:
    """Electricity rate / Create

    ``POST /public-api/resources/electricity-rates/v2.0``

    Stores the body as a new record of ``resources/electricity-rates``.
    """
    return call.create("resources/electricity-rates")


@ROUTES.add(
    "electricityRateCreateDeprecated",
    "POST",
    "/public-api/resources/electricity-rates/v1.0",
    body=ref("ElectricityRateCreateDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("ElectricityRateDeprecated"),
    envelope="data",
)
def electricity_rate_create_deprecated(call: Call) -> Reply:
    """Electricity rate / Create

    ``POST /public-api/resources/electricity-rates/v1.0``

    Stores the body as a new record of ``resources/electricity-rates``.
    """
    return call.create("resources/electricity-rates")


@ROUTES.add(
    "electricityRateDelete",
    "DELETE",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}",
    path_params=[Field("electricityRate", INT, required=True)],
    status=204,
)
def electricity_rate_delete(call: Call) -> Reply:
    """Electricity rate / Delete

    ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}``

    Deletes the record of ``resources/electricity-rates`` named by ``electricityRate``.
    """
    return call.delete("resources/electricity-rates", "electricityRate")


@ROUTES.add(
    "electricityRateDeleteDeprecated",
    "DELETE",
    "/public-api/resources/electricity-rates/v1.0/{electricityRate}",
    path_params=[Field("electricityRate", INT, required=True)],
    status=204,
)
def electricity_rate_delete_deprecated(call: Call) -> Reply:
    """Electricity rate / Delete

    ``DELETE /public-api/resources/electricity-rates/v1.0/{electricityRate}``

    Deletes the record of ``resources/electricity-rates`` named by ``electricityRate``.
    """
    return call.delete("resources/electricity-rates", "electricityRate")


@ROUTES.add(
    "electricityRateEnergyMixRead",
    "GET",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix",
    path_params=[Field("electricityRate", INT, required=True)],
    result=ref("ElectricityRateEnergyMix"),
    envelope="data",
)
def electricity_rate_energy_mix_read(call: Call) -> Reply:
    """Electricity rate / Energy Mix / Read

    ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix``

    Reads, writes or resets the single record ``resources/electricity-rates/{electricityRate}/energy-mix``.
    """
    return call.singleton("resources/electricity-rates/{electricityRate}/energy-mix")


@ROUTES.add(
    "electricityRateEnergyMixUpdate",
    "PUT",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix",
    path_params=[Field("electricityRate", INT, required=True)],
    body=ref("ElectricityRateEnergyMix"),
    body_required=True,
    result=ref("ElectricityRateEnergyMix"),
    envelope="data",
)
def electricity_rate_energy_mix_update(call: Call) -> Reply:
    """Electricity rate / Energy Mix / Update

    ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix``

    Reads, writes or resets the single record ``resources/electricity-rates/{electricityRate}/energy-mix``.
    """
    return call.singleton("resources/electricity-rates/{electricityRate}/energy-mix")


@ROUTES.add(
    "electricityRatePricePeriodsDateCreateOrUpdate",
    "PUT",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}",
    path_params=[
        Field("electricityRate", INT, required=True),
        Field("date", DATE, required=True),
    ],
    body=ref("ElectricityRatePricePeriodsDateCreateOrUpdateRequest"),
    body_required=True,
    result=ref("ElectricityRatePricePeriodsDateCreateOrUpdateResponse"),
)
def electricity_rate_price_periods_date_create_or_update(call: Call) -> Reply:
    """Electricity rate / Price periods / Date / Create or update

    ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}``

    Merges the body into the record of ``resources/electricity-rates/{electricityRate}/price-periods/date`` named by ``date``, creating it when there is none.
    """
    return call.upsert(
        "resources/electricity-rates/{electricityRate}/price-periods/date", "date"
    )


@ROUTES.add(
    "electricityRatePricePeriodsDateDelete",
    "DELETE",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}",
    path_params=[
        Field("electricityRate", INT, required=True),
        Field("date", DATE, required=True),
    ],
    status=204,
)
def electricity_rate_price_periods_date_delete(call: Call) -> Reply:
    """Electricity rate / Price periods / Date / Delete

    ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}``

    Deletes the record of ``resources/electricity-rates/{electricityRate}/price-periods/date`` named by ``date``.
    """
    return call.delete(
        "resources/electricity-rates/{electricityRate}/price-periods/date", "date"
    )


@ROUTES.add(
    "electricityRatePricePeriodsDateListing",
    "GET",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date",
    path_params=[Field("electricityRate", INT, required=True)],
    result=ref("ElectricityRatePricePeriodOption2"),
    envelope="page",
    pagination="page",
)
def electricity_rate_price_periods_date_listing(call: Call) -> Reply:
    """Electricity rate / Price periods / Date / Listing

    ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date``

    Lists the records of ``resources/electricity-rates/{electricityRate}/price-periods/date``, a page at a time.
    """
    return call.listing(
        "resources/electricity-rates/{electricityRate}/price-periods/date"
    )


@ROUTES.add(
    "electricityRatePricePeriodsDateRead",
    "GET",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}",
    path_params=[
        Field("electricityRate", INT, required=True),
        Field("date", DATE, required=True),
    ],
    result=ref("ElectricityRatePricePeriodsDateCreateOrUpdateResponse"),
)
def electricity_rate_price_periods_date_read(call: Call) -> Reply:
    """Electricity rate / Price periods / Date / Read

    ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}``

    Answers the record of ``resources/electricity-rates/{electricityRate}/price-periods/date`` named by ``date``.
    """
    return call.read(
        "resources/electricity-rates/{electricityRate}/price-periods/date", "date"
    )


@ROUTES.add(
    "electricityRatePricePeriodsListing",
    "GET",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods",
    path_params=[Field("electricityRate", INT, required=True)],
    result=one_of(
        ref("ElectricityRatePricePeriodOption1"),
        ref("ElectricityRatePricePeriodOption2"),
    ),
    envelope="page",
    pagination="page",
)
def electricity_rate_price_periods_listing(call: Call) -> Reply:
    """Electricity rate / Price periods / Listing

    ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods``

    Lists the records of ``resources/electricity-rates/{electricityRate}/price-periods``, a page at a time.
    """
    return call.listing("resources/electricity-rates/{electricityRate}/price-periods")


@ROUTES.add(
    "electricityRatePricePeriodsWeekDayCreateaOrUpdate",
    "PUT",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}",
    path_params=[
        Field("electricityRate", INT, required=True),
        Field(
            "weekDay",
            choice("ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay"),
            required=True,
        ),
    ],
    body=ref("ElectricityRatePricePeriodsDateCreateOrUpdateRequest"),
    body_required=True,
    result=ref("ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse"),
)
def electricity_rate_price_periods_week_day_createa_or_update(call: Call) -> Reply:
    """Electricity rate / Price periods / Week day / Create or update

    ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}``

    Merges the body into the record of ``resources/electricity-rates/{electricityRate}/price-periods/week-day`` named by ``weekDay``, creating it when there is none.
    """
    return call.upsert(
        "resources/electricity-rates/{electricityRate}/price-periods/week-day",
        "weekDay",
    )


@ROUTES.add(
    "electricityRatePricePeriodsWeekDayDelete",
    "DELETE",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}",
    path_params=[
        Field("electricityRate", INT, required=True),
        Field(
            "weekDay",
            choice("ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay"),
            required=True,
        ),
    ],
    status=204,
)
def electricity_rate_price_periods_week_day_delete(call: Call) -> Reply:
    """Electricity rate / Price periods / Week day / Delete

    ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}``

    Deletes the record of ``resources/electricity-rates/{electricityRate}/price-periods/week-day`` named by ``weekDay``.
    """
    return call.delete(
        "resources/electricity-rates/{electricityRate}/price-periods/week-day",
        "weekDay",
    )


@ROUTES.add(
    "electricityRatePricePeriodsWeekDayListing",
    "GET",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day",
    path_params=[Field("electricityRate", INT, required=True)],
    result=ref("ElectricityRatePricePeriodOption1"),
    envelope="page",
    pagination="page",
)
def electricity_rate_price_periods_week_day_listing(call: Call) -> Reply:
    """Electricity rate / Price periods / Week day / Listing

    ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day``

    Lists the records of ``resources/electricity-rates/{electricityRate}/price-periods/week-day``, a page at a time.
    """
    return call.listing(
        "resources/electricity-rates/{electricityRate}/price-periods/week-day"
    )


@ROUTES.add(
    "electricityRatePricePeriodsWeekDayRead",
    "GET",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}",
    path_params=[
        Field("electricityRate", INT, required=True),
        Field(
            "weekDay",
            choice("ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay"),
            required=True,
        ),
    ],
    result=ref("ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse"),
)
def electricity_rate_price_periods_week_day_read(call: Call) -> Reply:
    """Electricity rate / Price periods / Week day / Read

    ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}``

    Answers the record of ``resources/electricity-rates/{electricityRate}/price-periods/week-day`` named by ``weekDay``.
    """
    return call.read(
        "resources/electricity-rates/{electricityRate}/price-periods/week-day",
        "weekDay",
    )


@ROUTES.add(
    "electricityRateRead",
    "GET",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}",
    path_params=[Field("electricityRate", INT, required=True)],
    result=ref("ElectricityRate"),
    envelope="data",
)
def electricity_rate_read(call: Call) -> Reply:
    """Electricity rate / Read

    ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}``

    Answers the record of ``resources/electricity-rates`` named by ``electricityRate``.
    """
    return call.read("resources/electricity-rates", "electricityRate")


@ROUTES.add(
    "electricityRateReadDeprecated",
    "GET",
    "/public-api/resources/electricity-rates/v1.0/{electricityRate}",
    path_params=[Field("electricityRate", INT, required=True)],
    result=ref("ElectricityRateDeprecated"),
    envelope="data",
)
def electricity_rate_read_deprecated(call: Call) -> Reply:
    """Electricity rate / Read

    ``GET /public-api/resources/electricity-rates/v1.0/{electricityRate}``

    Answers the record of ``resources/electricity-rates`` named by ``electricityRate``.
    """
    return call.read("resources/electricity-rates", "electricityRate")


@ROUTES.add(
    "electricityRateUpdate",
    "PATCH",
    "/public-api/resources/electricity-rates/v2.0/{electricityRate}",
    path_params=[Field("electricityRate", INT, required=True)],
    body=ref("ElectricityRateUpdateRequest"),
    body_required=True,
    result=ref("ElectricityRate"),
    envelope="data",
)
def electricity_rate_update(call: Call) -> Reply:
    """Electricity rate / Update

    ``PATCH /public-api/resources/electricity-rates/v2.0/{electricityRate}``

    Merges the body into the record of ``resources/electricity-rates`` named by ``electricityRate``.
    """
    return call.update("resources/electricity-rates", "electricityRate")


@ROUTES.add(
    "electricityRateUpdateDeprecated",
    "PUT",
    "/public-api/resources/electricity-rates/v1.0/{electricityRate}",
    path_params=[Field("electricityRate", INT, required=True)],
    body=ref("ElectricityRateCreateDeprecatedRequest"),
    body_required=True,
    result=ref("ElectricityRateDeprecated"),
    envelope="data",
)
def electricity_rate_update_deprecated(call: Call) -> Reply:
    """Electricity rate / Update

    ``PUT /public-api/resources/electricity-rates/v1.0/{electricityRate}``

    Merges the body into the record of ``resources/electricity-rates`` named by ``electricityRate``.
    """
    return call.update("resources/electricity-rates", "electricityRate")


@ROUTES.add(
    "electricityRatesListing",
    "GET",
    "/public-api/resources/electricity-rates/v2.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("filter", ref("ElectricityRatesListingFilter")),
    ],
    result=ref("ElectricityRate"),
    envelope="page",
    pagination="cursor",
)
def electricity_rates_listing(call: Call) -> Reply:
    """Electricity rates / Listing

    ``GET /public-api/resources/electricity-rates/v2.0``

    Lists the records of ``resources/electricity-rates``, a page at a time.
    """
    return call.listing("resources/electricity-rates")


@ROUTES.add(
    "electricityRatesListingDeprecated",
    "GET",
    "/public-api/resources/electricity-rates/v1.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("ElectricityRatesListingDeprecatedFilter")),
    ],
    result=ref("ElectricityRateDeprecated"),
    envelope="page",
    pagination="page",
)
def electricity_rates_listing_deprecated(call: Call) -> Reply:
    """Electricity rates / Listing

    ``GET /public-api/resources/electricity-rates/v1.0``

    Lists the records of ``resources/electricity-rates``, a page at a time.
    """
    return call.listing("resources/electricity-rates")


@ROUTES.add(
    "evseBulkAssignTariffGroups",
    "POST",
    "/public-api/actions/evse/v1.0/bulk-assign-tariff-group",
    body=ref("EvseBulkAssignTariffGroupsRequest"),
    body_required=True,
    status=202,
)
def evse_bulk_assign_tariff_groups(call: Call) -> Reply:
    """EVSEs / Bulk Assign Tariff Groups

    ``POST /public-api/actions/evse/v1.0/bulk-assign-tariff-group``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "evseCreate",
    "POST",
    "/public-api/resources/evses/v2.1",
    body=ref("EvseCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Evse"),
    envelope="data",
)
def evse_create(call: Call) -> Reply:
    """EVSE / Create

    ``POST /public-api/resources/evses/v2.1``

    Stores the body as a new record of ``resources/evses``.
    """
    return call.create("resources/evses")


@ROUTES.add(
    "evseDelete",
    "DELETE",
    "/public-api/resources/evses/v2.1/{evse}",
    path_params=[Field("evse", INT, required=True)],
    query=[Field("include", array_of(choice("EvseDeleteIncludeItem")))],
    status=204,
)
def evse_delete(call: Call) -> Reply:
    """EVSE / Delete

    ``DELETE /public-api/resources/evses/v2.1/{evse}``

    Deletes the record of ``resources/evses`` named by ``evse``.
    """
    return call.delete("resources/evses", "evse")


@ROUTES.add(
    "evseDowntimePeriodCreate",
    "POST",
    "/public-api/resources/evse-downtime-periods/v1.0",
    body=ref("EvseDowntimePeriodCreateRequest"),
    status=201,
    result=ref("EvseDowntimePeriod"),
    envelope="data",
)
def evse_downtime_period_create(call: Call) -> Reply:
    """EVSE Downtime Period / Create

    ``POST /public-api/resources/evse-downtime-periods/v1.0``

    Stores the body as a new record of ``resources/evse-downtime-periods``.
    """
    return call.create("resources/evse-downtime-periods")


@ROUTES.add(
    "evseDowntimePeriodDelete",
    "DELETE",
    "/public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}",
    path_params=[Field("evseDowntimePeriod", INT, required=True)],
    status=204,
)
def evse_downtime_period_delete(call: Call) -> Reply:
    """EVSE Downtime Period / Delete

    ``DELETE /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}``

    Deletes the record of ``resources/evse-downtime-periods`` named by ``evseDowntimePeriod``.
    """
    return call.delete("resources/evse-downtime-periods", "evseDowntimePeriod")


@ROUTES.add(
    "evseDowntimePeriodRead",
    "GET",
    "/public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}",
    path_params=[Field("evseDowntimePeriod", INT, required=True)],
    result=ref("EvseDowntimePeriod"),
    envelope="data",
)
def evse_downtime_period_read(call: Call) -> Reply:
    """EVSE Downtime Period / Read

    ``GET /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}``

    Answers the record of ``resources/evse-downtime-periods`` named by ``evseDowntimePeriod``.
    """
    return call.read("resources/evse-downtime-periods", "evseDowntimePeriod")


@ROUTES.add(
    "evseDowntimePeriodUpdate",
    "PATCH",
    "/public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}",
    path_params=[Field("evseDowntimePeriod", INT, required=True)],
    body=ref("ChargePointDowntimePeriodUpdateRequest"),
    result=ref("EvseDowntimePeriod"),
    envelope="data",
)
def evse_downtime_period_update(call: Call) -> Reply:
    """EVSE Downtime Period / Update

    ``PATCH /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}``

    Merges the body into the record of ``resources/evse-downtime-periods`` named by ``evseDowntimePeriod``.
    """
    return call.update("resources/evse-downtime-periods", "evseDowntimePeriod")


@ROUTES.add(
    "evseDowntimePeriodsListing",
    "GET",
    "/public-api/resources/evse-downtime-periods/v1.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("EvseDowntimePeriodsListingFilter")),
    ],
    result=ref("EvseDowntimePeriod"),
    envelope="page",
    pagination="page",
)
def evse_downtime_periods_listing(call: Call) -> Reply:
    """EVSE Downtime Periods / Listing

    ``GET /public-api/resources/evse-downtime-periods/v1.0``

    Lists the records of ``resources/evse-downtime-periods``, a page at a time.
    """
    return call.listing("resources/evse-downtime-periods")


@ROUTES.add(
    "evseRead",
    "GET",
    "/public-api/resources/evses/v2.1/{evse}",
    path_params=[Field("evse", INT, required=True)],
    query=[Field("include", array_of(choice("EvseDeleteIncludeItem")))],
    result=ref("Evse"),
    envelope="data",
)
def evse_read(call: Call) -> Reply:
    """EVSE / Read

    ``GET /public-api/resources/evses/v2.1/{evse}``

    Answers the record of ``resources/evses`` named by ``evse``.
    """
    return call.read("resources/evses", "evse")


@ROUTES.add(
    "evseReadDeprecated",
    "GET",
    "/public-api/resources/evses/v2.0/{evse}",
    path_params=[Field("evse", INT, required=True)],
    result=ref("EvseDeprecated"),
    envelope="data",
)
def evse_read_deprecated(call: Call) -> Reply:
    """EVSE / Read

    ``GET /public-api/resources/evses/v2.0/{evse}``

    Answers the record of ``resources/evses`` named by ``evse``.
    """
    return call.read("resources/evses", "evse")


@ROUTES.add(
    "evseStartChargingWithEvseId",
    "POST",
    "/public-api/actions/evse/v1.0/{evse}/start",
    path_params=[Field("evse", INT, required=True)],
    body=ref("ChargePointStartChargingSessionRequest"),
    status=202,
    result=ref("ChargePointStartChargingSessionResponse"),
)
def evse_start_charging_with_evse_id(call: Call) -> Reply:
    """EVSE / Start Charging with EVSE ID

    ``POST /public-api/actions/evse/v1.0/{evse}/start``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "evseTriggerMessage",
    "POST",
    "/public-api/actions/evse/v1.0/{evse}/trigger-message",
    path_params=[Field("evse", INT, required=True)],
    body=ref("ChargePointTriggerMessageChargePointRequest"),
    body_required=True,
    status=202,
)
def evse_trigger_message(call: Call) -> Reply:
    """EVSE / Trigger Message

    ``POST /public-api/actions/evse/v1.0/{evse}/trigger-message``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "evseUpdate",
    "PATCH",
    "/public-api/resources/evses/v2.1/{evse}",
    path_params=[Field("evse", INT, required=True)],
    query=[Field("include", array_of(choice("EvseDeleteIncludeItem")))],
    body=ref("ChargePointEvseUpdateRequest"),
    body_required=True,
    result=ref("Evse"),
    envelope="data",
)
def evse_update(call: Call) -> Reply:
    """EVSE / Update

    ``PATCH /public-api/resources/evses/v2.1/{evse}``

    Merges the body into the record of ``resources/evses`` named by ``evse``.
    """
    return call.update("resources/evses", "evse")


@ROUTES.add(
    "evseUpdateDeprecated",
    "PUT",
    "/public-api/resources/evses/v2.0/{evse}",
    path_params=[Field("evse", INT, required=True)],
    body=ref("EvseUpdateDeprecatedRequest"),
    body_required=True,
    result=ref("EvseDeprecated"),
    envelope="data",
)
def evse_update_deprecated(call: Call) -> Reply:
    """EVSE / Update

    ``PUT /public-api/resources/evses/v2.0/{evse}``

    Merges the body into the record of ``resources/evses`` named by ``evse``.
    """
    return call.update("resources/evses", "evse")


@ROUTES.add(
    "evsesListing",
    "GET",
    "/public-api/resources/evses/v2.1",
    query=[
        Field("filter", ref("EvsesListingFilter")),
        Field("include", array_of(choice("EvseDeleteIncludeItem"))),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Evse"),
    envelope="page",
    pagination="cursor",
)
def evses_listing(call: Call) -> Reply:
    """EVSEs / Listing

    ``GET /public-api/resources/evses/v2.1``

    Lists the records of ``resources/evses``, a page at a time.
    """
    return call.listing("resources/evses")


@ROUTES.add(
    "evsesListingDeprecated",
    "GET",
    "/public-api/resources/evses/v2.0",
    query=[
        Field("filter", ref("EvsesListingDeprecatedFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("EvseDeprecated"),
    envelope="page",
    pagination="cursor+page",
)
def evses_listing_deprecated(call: Call) -> Reply:
    """EVSEs / Listing

    ``GET /public-api/resources/evses/v2.0``

    Lists the records of ``resources/evses``, a page at a time.
    """
    return call.listing("resources/evses")


@ROUTES.add(
    "expensesListing",
    "GET",
    "/public-api/resources/partner-expenses/v1.1",
    query=[
        Field("filter", ref("ExpensesListingFilter")),
        Field("withBreakdown", BOOL),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Expense"),
    envelope="page",
    pagination="cursor",
)
def expenses_listing(call: Call) -> Reply:
    """Expenses / Listing

    ``GET /public-api/resources/partner-expenses/v1.1``

    Lists the records of ``resources/partner-expenses``, a page at a time.
    """
    return call.listing("resources/partner-expenses")


@ROUTES.add(
    "expensesListingDeprecated",
    "GET",
    "/public-api/resources/partner-expenses/v1.0",
    query=[
        Field("filter", ref("ExpensesListingDeprecatedFilter")),
        Field("withBreakdown", BOOL),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("ExpenseDeprecated"),
    envelope="page",
    pagination="page",
)
def expenses_listing_deprecated(call: Call) -> Reply:
    """Expenses / Listing

    ``GET /public-api/resources/partner-expenses/v1.0``

    Lists the records of ``resources/partner-expenses``, a page at a time.
    """
    return call.listing("resources/partner-expenses")


@ROUTES.add(
    "faqCreate",
    "POST",
    "/public-api/resources/faqs/v2.0",
    body=ref("FaqCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Faq"),
    envelope="data",
)
def faq_create(call: Call) -> Reply:
    """FAQ / Create

    ``POST /public-api/resources/faqs/v2.0``

    Stores the body as a new record of ``resources/faqs``.
    """
    return call.create("resources/faqs")


@ROUTES.add(
    "faqDelete",
    "DELETE",
    "/public-api/resources/faqs/v2.0/{faq}",
    path_params=[Field("faq", INT, required=True)],
    status=204,
)
def faq_delete(call: Call) -> Reply:
    """FAQ / Delete

    ``DELETE /public-api/resources/faqs/v2.0/{faq}``

    Deletes the record of ``resources/faqs`` named by ``faq``.
    """
    return call.delete("resources/faqs", "faq")


@ROUTES.add(
    "faqRead",
    "GET",
    "/public-api/resources/faqs/v2.0/{faq}",
    path_params=[Field("faq", INT, required=True)],
    result=ref("Faq"),
    envelope="data",
)
def faq_read(call: Call) -> Reply:
    """FAQ / Read

    ``GET /public-api/resources/faqs/v2.0/{faq}``

    Answers the record of ``resources/faqs`` named by ``faq``.
    """
    return call.read("resources/faqs", "faq")


@ROUTES.add(
    "faqUpdate",
    "PATCH",
    "/public-api/resources/faqs/v2.0/{faq}",
    path_params=[Field("faq", INT, required=True)],
    body=ref("FaqUpdateRequest"),
    body_required=True,
    result=ref("Faq"),
    envelope="data",
)
def faq_update(call: Call) -> Reply:
    """FAQ / Update

    ``PATCH /public-api/resources/faqs/v2.0/{faq}``

    Merges the body into the record of ``resources/faqs`` named by ``faq``.
    """
    return call.update("resources/faqs", "faq")


@ROUTES.add(
    "faqsListing",
    "GET",
    "/public-api/resources/faqs/v2.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("Faq"),
    envelope="page",
    pagination="page",
)
def faqs_listing(call: Call) -> Reply:
    """FAQs / Listing

    ``GET /public-api/resources/faqs/v2.0``

    Lists the records of ``resources/faqs``, a page at a time.
    """
    return call.listing("resources/faqs")


@ROUTES.add(
    "firmwareVersionAttachedModels",
    "GET",
    "/public-api/resources/firmware-versions/v1.0/{firmwareVersion}/attached-models",
    path_params=[Field("firmwareVersion", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=INT,
    envelope="page",
    pagination="cursor",
)
def firmware_version_attached_models(call: Call) -> Reply:
    """Firmware Version / Attached Models

    ``GET /public-api/resources/firmware-versions/v1.0/{firmwareVersion}/attached-models``

    Lists the records of ``resources/firmware-versions/{firmwareVersion}/attached-models``, a page at a time.
    """
    return call.listing("resources/firmware-versions/{firmwareVersion}/attached-models")


@ROUTES.add(
    "firmwareVersionRead",
    "GET",
    "/public-api/resources/firmware-versions/v1.0/{firmwareVersion}",
    path_params=[Field("firmwareVersion", INT, required=True)],
    query=[Field("include", array_of(choice("FirmwareVersionReadIncludeItem")))],
    result=ref("FirmwareVersion"),
    envelope="data",
)
def firmware_version_read(call: Call) -> Reply:
    """Firmware Version / Read

    ``GET /public-api/resources/firmware-versions/v1.0/{firmwareVersion}``

    Answers the record of ``resources/firmware-versions`` named by ``firmwareVersion``.
    """
    return call.read("resources/firmware-versions", "firmwareVersion")


@ROUTES.add(
    "firmwareVersionsListing",
    "GET",
    "/public-api/resources/firmware-versions/v1.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("filter", ref("FirmwareVersionsListingFilter")),
        Field("include", array_of(choice("FirmwareVersionReadIncludeItem"))),
    ],
    result=ref("FirmwareVersion"),
    envelope="page",
    pagination="cursor",
)
def firmware_versions_listing(call: Call) -> Reply:
    """Firmware Versions / Listing

    ``GET /public-api/resources/firmware-versions/v1.0``

    Lists the records of ``resources/firmware-versions``, a page at a time.
    """
    return call.listing("resources/firmware-versions")


@ROUTES.add(
    "flexibilityAssetCreateActivationRequest",
    "POST",
    "/public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/create-activation-request",
    path_params=[Field("flexibilityAsset", STR, required=True)],
    body=ref("FlexibilityAssetCreateActivationRequestRequest"),
    body_required=True,
    status=201,
    result=ref("FlexibilityActivationRequest"),
)
def flexibility_asset_create_activation_request(call: Call) -> Reply:
    """Flexibility Asset / Create Activation Request

    ``POST /public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/create-activation-request``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "getChargePointLatestHardwareStatusLog",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/latest-hardware-status-log",
    path_params=[Field("chargePoint", INT, required=True)],
    result=ref("ChargePointHardwareStatusLog"),
    envelope="data",
)
def get_charge_point_latest_hardware_status_log(call: Call) -> Reply:
    """Charge Point / Latest Hardware Status Log

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/latest-hardware-status-log``

    Reads, writes or resets the single record ``resources/charge-points/{chargePoint}/latest-hardware-status-log``.
    """
    return call.singleton(
        "resources/charge-points/{chargePoint}/latest-hardware-status-log"
    )


@ROUTES.add(
    "getChargePointLatestNetworkStatusLog",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/latest-network-status-log",
    path_params=[Field("chargePoint", INT, required=True)],
    result=ref("ChargePointLatestNetworkStatusLog"),
    envelope="data",
)
def get_charge_point_latest_network_status_log(call: Call) -> Reply:
    """Charge Point / Latest Network Status Log

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/latest-network-status-log``

    Reads, writes or resets the single record ``resources/charge-points/{chargePoint}/latest-network-status-log``.
    """
    return call.singleton(
        "resources/charge-points/{chargePoint}/latest-network-status-log"
    )


@ROUTES.add(
    "getConfigurationTemplate",
    "GET",
    "/public-api/resources/configuration-templates/v1.0/{template}",
    path_params=[Field("template", INT, required=True)],
    result=ref("ConfigurationTemplate"),
    envelope="data",
)
def get_configuration_template(call: Call) -> Reply:
    """Configuration Template / Read

    ``GET /public-api/resources/configuration-templates/v1.0/{template}``

    Answers the record of ``resources/configuration-templates`` named by ``template``.
    """
    return call.read("resources/configuration-templates", "template")


@ROUTES.add(
    "getCurrencyRate",
    "GET",
    "/public-api/resources/currency-rates/v1.0/{currencyRate}",
    path_params=[Field("currencyRate", INT, required=True)],
    result=ref("CurrencyRate"),
    envelope="data",
)
def get_currency_rate(call: Call) -> Reply:
    """Currency Rate / Read

    ``GET /public-api/resources/currency-rates/v1.0/{currencyRate}``

    Answers the record of ``resources/currency-rates`` named by ``currencyRate``.
    """
    return call.read("resources/currency-rates", "currencyRate")


@ROUTES.add(
    "getDowntimePeriodNotice",
    "GET",
    "/public-api/resources/downtime-period-notices/v1.0/{notice}",
    path_params=[Field("notice", INT, required=True)],
    result=ref("DowntimePeriodNotice"),
    envelope="data",
)
def get_downtime_period_notice(call: Call) -> Reply:
    """Downtime Period Notices / Read

    ``GET /public-api/resources/downtime-period-notices/v1.0/{notice}``

    Answers the record of ``resources/downtime-period-notices`` named by ``notice``.
    """
    return call.read("resources/downtime-period-notices", "notice")


@ROUTES.add(
    "getDowntimePeriodNotices",
    "GET",
    "/public-api/resources/downtime-period-notices/v1.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("GetDowntimePeriodNoticesFilter")),
    ],
    result=ref("DowntimePeriodNotice"),
    envelope="page",
    pagination="page",
)
def get_downtime_period_notices(call: Call) -> Reply:
    """Downtime Period Notices / Listing

    ``GET /public-api/resources/downtime-period-notices/v1.0``

    Lists the records of ``resources/downtime-period-notices``, a page at a time.
    """
    return call.listing("resources/downtime-period-notices")


@ROUTES.add(
    "getEvseLatestHardwareStatusLog",
    "GET",
    "/public-api/resources/evses/v2.0/{evse}/latest-hardware-status-log",
    path_params=[Field("evse", INT, required=True)],
    result=ref("ChargePointHardwareStatusLog"),
    envelope="data",
)
def get_evse_latest_hardware_status_log(call: Call) -> Reply:
    """EVSE / Latest Hardware Status Log

    ``GET /public-api/resources/evses/v2.0/{evse}/latest-hardware-status-log``

    Reads, writes or resets the single record ``resources/evses/{evse}/latest-hardware-status-log``.
    """
    return call.singleton("resources/evses/{evse}/latest-hardware-status-log")


@ROUTES.add(
    "getFlexibilityActivationRequest",
    "GET",
    "/public-api/resources/flexibility-activation-requests/v1.0/{flexibilityActivationRequest}",
    path_params=[Field("flexibilityActivationRequest", INT, required=True)],
    result=ref("FlexibilityActivationRequest"),
    envelope="data",
)
def get_flexibility_activation_request(call: Call) -> Reply:
    """Flexibility Activation Requests / Read

    ``GET /public-api/resources/flexibility-activation-requests/v1.0/{flexibilityActivationRequest}``

    Answers the record of ``resources/flexibility-activation-requests`` named by ``flexibilityActivationRequest``.
    """
    return call.read(
        "resources/flexibility-activation-requests", "flexibilityActivationRequest"
    )


@ROUTES.add(
    "getFlexibilityAsset",
    "GET",
    "/public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}",
    path_params=[Field("flexibilityAsset", INT, required=True)],
    result=ref("FlexibilityAsset"),
    envelope="data",
)
def get_flexibility_asset(call: Call) -> Reply:
    """Flexibility Assets / Read

    ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}``

    Answers the record of ``resources/flexibility-assets`` named by ``flexibilityAsset``.
    """
    return call.read("resources/flexibility-assets", "flexibilityAsset")


@ROUTES.add(
    "getHistoricalTimeSeries",
    "GET",
    "/public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/historical-time-series",
    path_params=[Field("flexibilityAsset", INT, required=True)],
    query=[
        Field("filter", ref("GetHistoricalTimeSeriesFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("HistoricalTimeSeries"),
    envelope="page",
    pagination="cursor",
)
def get_historical_time_series(call: Call) -> Reply:
    """Flexibility Assets / Historical Time Series

    ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/historical-time-series``

    Lists the records of ``resources/flexibility-assets/{flexibilityAsset}/historical-time-series``, a page at a time.
    """
    return call.listing(
        "resources/flexibility-assets/{flexibilityAsset}/historical-time-series"
    )


@ROUTES.add(
    "getInstallerJob",
    "GET",
    "/public-api/resources/installer-jobs/v1.0/{installerJob}",
    path_params=[Field("installerJob", INT, required=True)],
    query=[Field("include", array_of(choice("GetInstallerJobIncludeItem")))],
    result=ref("InstallerJob"),
    envelope="data",
)
def get_installer_job(call: Call) -> Reply:
    """Installer Jobs / Read

    ``GET /public-api/resources/installer-jobs/v1.0/{installerJob}``

    Answers the record of ``resources/installer-jobs`` named by ``installerJob``.
    """
    return call.read("resources/installer-jobs", "installerJob")


@ROUTES.add(
    "getInstallerJobsList",
    "GET",
    "/public-api/resources/installer-jobs/v1.0",
    query=[
        Field("filter", ref("GetInstallerJobsListFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("InstallerJobsList"),
    envelope="page",
    pagination="page",
)
def get_installer_jobs_list(call: Call) -> Reply:
    """InstallerJobs / Listing

    ``GET /public-api/resources/installer-jobs/v1.0``

    Lists the records of ``resources/installer-jobs``, a page at a time.
    """
    return call.listing("resources/installer-jobs")


@ROUTES.add(
    "getParkingSpace",
    "GET",
    "/public-api/resources/parking-spaces/v1.0/{parkingSpace}",
    path_params=[Field("parkingSpace", INT, required=True)],
    query=[Field("include", array_of(choice("GetParkingSpaceIncludeItem")))],
    result=ref("ParkingSpace"),
    envelope="data",
)
def get_parking_space(call: Call) -> Reply:
    """Parking Space / Read

    ``GET /public-api/resources/parking-spaces/v1.0/{parkingSpace}``

    Answers the record of ``resources/parking-spaces`` named by ``parkingSpace``.
    """
    return call.read("resources/parking-spaces", "parkingSpace")


@ROUTES.add(
    "getPaymentTerminal",
    "GET",
    "/public-api/resources/payment-terminals/v1.0/{paymentTerminal}",
    path_params=[Field("paymentTerminal", STR, required=True)],
    result=one_of(
        ref("PaymentTerminalOption1Option1"),
        ref("PaymentTerminalOption1Option2"),
        ref("PaymentTerminalOption12"),
        ref("PaymentTerminalOption3"),
        ref("PaymentTerminalOption4"),
        ref("PaymentTerminalOption5"),
        ref("PaymentTerminalOption6"),
        ref("PaymentTerminalOption7"),
        ref("PaymentTerminalOption9"),
        ref("PaymentTerminalOption10"),
        ref("PaymentTerminalOption11"),
    ),
    envelope="data",
)
def get_payment_terminal(call: Call) -> Reply:
    """Payment Terminals / Read

    ``GET /public-api/resources/payment-terminals/v1.0/{paymentTerminal}``

    Answers the record of ``resources/payment-terminals`` named by ``paymentTerminal``.
    """
    return call.read("resources/payment-terminals", "paymentTerminal")


@ROUTES.add(
    "getPaymentTerminals",
    "GET",
    "/public-api/resources/payment-terminals/v1.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("GetPaymentTerminalsFilter")),
    ],
    result=one_of(
        ref("PaymentTerminalOption1Option1"),
        ref("PaymentTerminalOption1Option2"),
        ref("PaymentTerminalOption12"),
        ref("PaymentTerminalOption3"),
        ref("PaymentTerminalOption4"),
        ref("PaymentTerminalOption5"),
        ref("PaymentTerminalOption6"),
        ref("PaymentTerminalOption7"),
        ref("PaymentTerminalOption9"),
        ref("PaymentTerminalOption10"),
        ref("PaymentTerminalOption11"),
    ),
    envelope="page",
    pagination="page",
)
def get_payment_terminals(call: Call) -> Reply:
    """Payment Terminals / Listing

    ``GET /public-api/resources/payment-terminals/v1.0``

    Lists the records of ``resources/payment-terminals``, a page at a time.
    """
    return call.listing("resources/payment-terminals")


@ROUTES.add(
    "getPcId",
    "GET",
    "/public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}",
    path_params=[Field("provisioningCertificate", INT, required=True)],
    result=ref("PcId"),
    envelope="data",
)
def get_pc_id(call: Call) -> Reply:
    """Provisioning Certificate / Read

    ``GET /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}``

    Answers the record of ``resources/provisioning-certificates`` named by ``provisioningCertificate``.
    """
    return call.read("resources/provisioning-certificates", "provisioningCertificate")


@ROUTES.add(
    "getRoamingConnection",
    "GET",
    "/public-api/resources/roaming-connections/v2.0/{roamingConnection}",
    path_params=[Field("roamingConnection", INT, required=True)],
    result=ref("RoamingConnection"),
    envelope="data",
)
def get_roaming_connection(call: Call) -> Reply:
    """Roaming Connections / Read

    ``GET /public-api/resources/roaming-connections/v2.0/{roamingConnection}``

    Answers the record of ``resources/roaming-connections`` named by ``roamingConnection``.
    """
    return call.read("resources/roaming-connections", "roamingConnection")


@ROUTES.add(
    "getRoamingCustomTariffFilter",
    "GET",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}",
    path_params=[
        Field("roamingOperator", INT, required=True),
        Field("customTariffFilter", INT, required=True),
    ],
    result=ref("RoamingCustomTariffFilter"),
    envelope="data",
)
def get_roaming_custom_tariff_filter(call: Call) -> Reply:
    """Roaming Operators / Custom Tariff Filters / Read

    ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}``

    Answers the record of ``resources/roaming-operators/{roamingOperator}/custom-tariff-filters`` named by ``customTariffFilter``.
    """
    return call.read(
        "resources/roaming-operators/{roamingOperator}/custom-tariff-filters",
        "customTariffFilter",
    )


@ROUTES.add(
    "getTimeSeriesForecast",
    "GET",
    "/public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/time-series-forecast",
    path_params=[Field("flexibilityAsset", INT, required=True)],
    query=[
        Field("filter", ref("GetHistoricalTimeSeriesFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("TimeSeriesForecast"),
    envelope="page",
    pagination="cursor",
)
def get_time_series_forecast(call: Call) -> Reply:
    """Flexibility Assets / Time Series Forecast

    ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/time-series-forecast``

    Lists the records of ``resources/flexibility-assets/{flexibilityAsset}/time-series-forecast``, a page at a time.
    """
    return call.listing(
        "resources/flexibility-assets/{flexibilityAsset}/time-series-forecast"
    )


@ROUTES.add(
    "getUtility",
    "GET",
    "/public-api/resources/utilities/v1.0/{utility}",
    path_params=[Field("utility", INT, required=True)],
    result=ref("Utility"),
    envelope="data",
)
def get_utility(call: Call) -> Reply:
    """Utilities / Read

    ``GET /public-api/resources/utilities/v1.0/{utility}``

    Answers the record of ``resources/utilities`` named by ``utility``.
    """
    return call.read("resources/utilities", "utility")


@ROUTES.add(
    "idTagCreate",
    "POST",
    "/public-api/resources/id-tags/v2.0",
    body=ref("IdTagCreateRequest"),
    body_required=True,
    status=201,
    result=ref("IdTagCreateResult"),
    envelope="data",
)
def id_tag_create(call: Call) -> Reply:
    """Id Tag / Create

    ``POST /public-api/resources/id-tags/v2.0``

    Stores the body as a new record of ``resources/id-tags``.
    """
    return call.create("resources/id-tags")


@ROUTES.add(
    "idTagDelete",
    "DELETE",
    "/public-api/resources/id-tags/v2.0/{idTag}",
    path_params=[Field("idTag", INT, required=True)],
    status=204,
)
def id_tag_delete(call: Call) -> Reply:
    """Id Tag / Delete

    ``DELETE /public-api/resources/id-tags/v2.0/{idTag}``

    Deletes the record of ``resources/id-tags`` named by ``idTag``.
    """
    return call.delete("resources/id-tags", "idTag")


@ROUTES.add(
    "idTagRead",
    "GET",
    "/public-api/resources/id-tags/v2.0/{idTag}",
    path_params=[Field("idTag", INT, required=True)],
    result=ref("IdTag"),
    envelope="data",
)
def id_tag_read(call: Call) -> Reply:
    """Id Tag / Read

    ``GET /public-api/resources/id-tags/v2.0/{idTag}``

    Answers the record of ``resources/id-tags`` named by ``idTag``.
    """
    return call.read("resources/id-tags", "idTag")


@ROUTES.add(
    "idTagUpdate",
    "PATCH",
    "/public-api/resources/id-tags/v2.0/{idTag}",
    path_params=[Field("idTag", INT, required=True)],
    body=ref("IdTagUpdateRequest"),
    body_required=True,
    result=ref("IdTagCreateResult"),
    envelope="data",
)
def id_tag_update(call: Call) -> Reply:
    """Id Tag / Update

    ``PATCH /public-api/resources/id-tags/v2.0/{idTag}``

    Merges the body into the record of ``resources/id-tags`` named by ``idTag``.
    """
    return call.update("resources/id-tags", "idTag")


@ROUTES.add(
    "idTagsListing",
    "GET",
    "/public-api/resources/id-tags/v2.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("filter", ref("IdTagsListingFilter")),
    ],
    result=ref("IdTag"),
    envelope="page",
    pagination="cursor+page",
)
def id_tags_listing(call: Call) -> Reply:
    """Id Tags / Listing

    ``GET /public-api/resources/id-tags/v2.0``

    Lists the records of ``resources/id-tags``, a page at a time.
    """
    return call.listing("resources/id-tags")


@ROUTES.add(
    "invoiceDetailsCreateOrUpdate",
    "POST",
    "/public-api/resources/users/v1.0/{user}/invoice-details",
    path_params=[Field("user", INT, required=True)],
    body=one_of(
        ref("InvoiceDetailsCreateOrUpdateRequestOption1"),
        ref("InvoiceDetailsCreateOrUpdateRequestOption2"),
        ref("InvoiceDetailsCreateOrUpdateRequestOption3"),
        ref("InvoiceDetailsCreateOrUpdateRequestOption4"),
    ),
    body_required=True,
    result=one_of(
        ref("AmpecoInvoiceManager"),
        ref("CardcomInvoiceManager"),
        ref("SoftOneInvoiceManager"),
        ref("EcpayInvoiceManager"),
    ),
)
def invoice_details_create_or_update(call: Call) -> Reply:
    """Invoice details / Create or update

    ``POST /public-api/resources/users/v1.0/{user}/invoice-details``

    Reads, writes or resets the single record ``resources/users/{user}/invoice-details``.
    """
    return call.singleton("resources/users/{user}/invoice-details")


@ROUTES.add(
    "invoiceDetailsRead",
    "GET",
    "/public-api/resources/users/v1.0/{user}/invoice-details",
    path_params=[Field("user", INT, required=True)],
    result=one_of(
        ref("AmpecoInvoiceManager"),
        ref("CardcomInvoiceManager"),
        ref("SoftOneInvoiceManager"),
        ref("EcpayInvoiceManager"),
    ),
)
def invoice_details_read(call: Call) -> Reply:
    """Invoice details / Read

    ``GET /public-api/resources/users/v1.0/{user}/invoice-details``

    Reads, writes or resets the single record ``resources/users/{user}/invoice-details``.
    """
    return call.singleton("resources/users/{user}/invoice-details")


@ROUTES.add(
    "invoiceRead",
    "GET",
    "/public-api/resources/invoices/v1.0/{invoice}",
    path_params=[Field("invoice", STR, required=True)],
    result=ref("Invoice"),
    envelope="data",
)
def invoice_read(call: Call) -> Reply:
    """Invoice / Read

    ``GET /public-api/resources/invoices/v1.0/{invoice}``

    Answers the record of ``resources/invoices`` named by ``invoice``.
    """
    return call.read("resources/invoices", "invoice")


@ROUTES.add(
    "invoicesListing",
    "GET",
    "/public-api/resources/invoices/v1.0",
    query=[
        Field("filter", ref("InvoicesListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("Invoice"),
    envelope="page",
    pagination="page",
)
def invoices_listing(call: Call) -> Reply:
    """Invoices / Listing

    ``GET /public-api/resources/invoices/v1.0``

    Lists the records of ``resources/invoices``, a page at a time.
    """
    return call.listing("resources/invoices")


@ROUTES.add(
    "listChargePointHardwareStatusLogs",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/hardware-status-logs",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[
        Field("filter", ref("CustomFeesListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ChargePointHardwareStatusLog"),
    envelope="page",
    pagination="cursor",
)
def list_charge_point_hardware_status_logs(call: Call) -> Reply:
    """Charge Point / Hardware Status Logs / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/hardware-status-logs``

    Lists the records of ``resources/charge-points/{chargePoint}/hardware-status-logs``, a page at a time.
    """
    return call.listing("resources/charge-points/{chargePoint}/hardware-status-logs")


@ROUTES.add(
    "listChargePointNetworkStatusLogs",
    "GET",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/network-status-logs",
    path_params=[Field("chargePoint", INT, required=True)],
    query=[
        Field("filter", ref("CustomFeesListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ChargePointLatestNetworkStatusLog"),
    envelope="page",
    pagination="cursor",
)
def list_charge_point_network_status_logs(call: Call) -> Reply:
    """Charge Point / Network Status Logs / Listing

    ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/network-status-logs``

    Lists the records of ``resources/charge-points/{chargePoint}/network-status-logs``, a page at a time.
    """
    return call.listing("resources/charge-points/{chargePoint}/network-status-logs")


@ROUTES.add(
    "listConfigurationTemplates",
    "GET",
    "/public-api/resources/configuration-templates/v1.0",
    query=[
        Field("filter", ref("ListConfigurationTemplatesFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ConfigurationTemplate"),
    envelope="page",
    pagination="cursor",
)
def list_configuration_templates(call: Call) -> Reply:
    """Configuration Template / Listing

    ``GET /public-api/resources/configuration-templates/v1.0``

    Lists the records of ``resources/configuration-templates``, a page at a time.
    """
    return call.listing("resources/configuration-templates")


@ROUTES.add(
    "listCurrencyRates",
    "GET",
    "/public-api/resources/currency-rates/v1.0",
    query=[
        Field("filter", ref("ListCurrencyRatesFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("CurrencyRate"),
    envelope="page",
    pagination="cursor",
)
def list_currency_rates(call: Call) -> Reply:
    """Currency Rate / Listing

    ``GET /public-api/resources/currency-rates/v1.0``

    Lists the records of ``resources/currency-rates``, a page at a time.
    """
    return call.listing("resources/currency-rates")


@ROUTES.add(
    "listEvseHardwareStatusLogs",
    "GET",
    "/public-api/resources/evses/v2.0/{evse}/hardware-status-logs",
    path_params=[Field("evse", INT, required=True)],
    query=[
        Field("filter", ref("CustomFeesListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ChargePointHardwareStatusLog"),
    envelope="page",
    pagination="cursor",
)
def list_evse_hardware_status_logs(call: Call) -> Reply:
    """EVSE / Hardware Status Logs / Listing

    ``GET /public-api/resources/evses/v2.0/{evse}/hardware-status-logs``

    Lists the records of ``resources/evses/{evse}/hardware-status-logs``, a page at a time.
    """
    return call.listing("resources/evses/{evse}/hardware-status-logs")


@ROUTES.add(
    "listFlexibilityActivationRequests",
    "GET",
    "/public-api/resources/flexibility-activation-requests/v1.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("filter", ref("ListFlexibilityActivationRequestsFilter")),
    ],
    result=ref("FlexibilityActivationRequest"),
    envelope="page",
    pagination="cursor",
)
def list_flexibility_activation_requests(call: Call) -> Reply:
    """Flexibility Activation Requests / Listing

    ``GET /public-api/resources/flexibility-activation-requests/v1.0``

    Lists the records of ``resources/flexibility-activation-requests``, a page at a time.
    """
    return call.listing("resources/flexibility-activation-requests")


@ROUTES.add(
    "listFlexibilityAssets",
    "GET",
    "/public-api/resources/flexibility-assets/v1.0",
    query=[
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("filter", ref("ListFlexibilityAssetsFilter")),
    ],
    result=ref("FlexibilityAsset"),
    envelope="page",
    pagination="cursor",
)
def list_flexibility_assets(call: Call) -> Reply:
    """Flexibility Assets / Listing

    ``GET /public-api/resources/flexibility-assets/v1.0``

    Lists the records of ``resources/flexibility-assets``, a page at a time.
    """
    return call.listing("resources/flexibility-assets")


@ROUTES.add(
    "listParkingSpace",
    "GET",
    "/public-api/resources/parking-spaces/v1.0",
    query=[
        Field("filter", ref("ListParkingSpaceFilter")),
        Field("include", array_of(choice("GetParkingSpaceIncludeItem"))),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("ParkingSpace"),
    envelope="page",
    pagination="cursor",
)
def list_parking_space(call: Call) -> Reply:
    """Parking Space / Listing

    ``GET /public-api/resources/parking-spaces/v1.0``

    Lists the records of ``resources/parking-spaces``, a page at a time.
    """
    return call.listing("resources/parking-spaces")


@ROUTES.add(
    "listPcIds",
    "GET",
    "/public-api/resources/provisioning-certificates/v2.0",
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("PcId"),
    envelope="page",
    pagination="cursor",
)
def list_pc_ids(call: Call) -> Reply:
    """Provisioning Certificate / Listing

    ``GET /public-api/resources/provisioning-certificates/v2.0``

    Lists the records of ``resources/provisioning-certificates``, a page at a time.
    """
    return call.listing("resources/provisioning-certificates")


@ROUTES.add(
    "listRoamingConnections",
    "GET",
    "/public-api/resources/roaming-connections/v2.0",
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("RoamingConnection"),
    envelope="page",
    pagination="cursor",
)
def list_roaming_connections(call: Call) -> Reply:
    """Roaming Connections / Listing

    ``GET /public-api/resources/roaming-connections/v2.0``

    Lists the records of ``resources/roaming-connections``, a page at a time.
    """
    return call.listing("resources/roaming-connections")


@ROUTES.add(
    "listRoamingCustomTariffFilters",
    "GET",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters",
    path_params=[Field("roamingOperator", INT, required=True)],
    query=[
        Field("filter", ref("ListRoamingCustomTariffFiltersFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("RoamingCustomTariffFilter"),
    envelope="page",
    pagination="cursor",
)
def list_roaming_custom_tariff_filters(call: Call) -> Reply:
    """Roaming Operators / Custom Tariff Filters / Listing

    ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters``

    Lists the records of ``resources/roaming-operators/{roamingOperator}/custom-tariff-filters``, a page at a time.
    """
    return call.listing(
        "resources/roaming-operators/{roamingOperator}/custom-tariff-filters"
    )


@ROUTES.add(
    "listUtilities",
    "GET",
    "/public-api/resources/utilities/v1.0",
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("Utility"),
    envelope="page",
    pagination="cursor",
)
def list_utilities(call: Call) -> Reply:
    """Utilities / Listing

    ``GET /public-api/resources/utilities/v1.0``

    Lists the records of ``resources/utilities``, a page at a time.
    """
    return call.listing("resources/utilities")


@ROUTES.add(
    "locationChargingZoneCreate",
    "POST",
    "/public-api/resources/locations/v2.0/{location}/charging-zones",
    path_params=[Field("location", INT, required=True)],
    body=ref("LocationChargingZoneCreateRequest"),
    body_required=True,
    status=201,
    result=ref("LocationChargingZone"),
    envelope="data",
)
def location_charging_zone_create(call: Call) -> Reply:
    """Location / Charging Zone / Create

    ``POST /public-api/resources/locations/v2.0/{location}/charging-zones``

    Stores the body as a new record of ``resources/locations/{location}/charging-zones``.
    """
    return call.create("resources/locations/{location}/charging-zones")


@ROUTES.add(
    "locationChargingZoneDelete",
    "DELETE",
    "/public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}",
    path_params=[
        Field("location", INT, required=True),
        Field("chargingZone", INT, required=True),
    ],
    status=204,
)
def location_charging_zone_delete(call: Call) -> Reply:
    """Location / Charging Zone / Delete

    ``DELETE /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}``

    Deletes the record of ``resources/locations/{location}/charging-zones`` named by ``chargingZone``.
    """
    return call.delete("resources/locations/{location}/charging-zones", "chargingZone")


@ROUTES.add(
    "locationChargingZoneRead",
    "GET",
    "/public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}",
    path_params=[
        Field("location", INT, required=True),
        Field("chargingZone", INT, required=True),
    ],
    result=ref("LocationChargingZone"),
    envelope="data",
)
def location_charging_zone_read(call: Call) -> Reply:
    """Location / Charging Zone / Read

    ``GET /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}``

    Answers the record of ``resources/locations/{location}/charging-zones`` named by ``chargingZone``.
    """
    return call.read("resources/locations/{location}/charging-zones", "chargingZone")


@ROUTES.add(
    "locationChargingZoneUpdate",
    "PATCH",
    "/public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}",
    path_params=[
        Field("location", INT, required=True),
        Field("chargingZone", INT, required=True),
    ],
    body=ref("LocationChargingZoneUpdateRequest"),
    body_required=True,
    result=ref("LocationChargingZone"),
    envelope="data",
)
def location_charging_zone_update(call: Call) -> Reply:
    """Location / Charging Zones / Update

    ``PATCH /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}``

    Merges the body into the record of ``resources/locations/{location}/charging-zones`` named by ``chargingZone``.
    """
    return call.update("resources/locations/{location}/charging-zones", "chargingZone")


@ROUTES.add(
    "locationChargingZonesListing",
    "GET",
    "/public-api/resources/locations/v2.0/{location}/charging-zones",
    path_params=[Field("location", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("LocationChargingZone"),
    envelope="page",
    pagination="cursor",
)
def location_charging_zones_listing(call: Call) -> Reply:
    """Location / Charging Zones / Listing

    ``GET /public-api/resources/locations/v2.0/{location}/charging-zones``

    Lists the records of ``resources/locations/{location}/charging-zones``, a page at a time.
    """
    return call.listing("resources/locations/{location}/charging-zones")


@ROUTES.add(
    "locationCheckBookingAvailability",
    "POST",
    "/public-api/actions/locations/v2.0/{location}/check-booking-availability",
    path_params=[Field("location", INT, required=True)],
    body=ref("LocationCheckBookingAvailabilityRequest"),
    body_required=True,
    result=array_of(ref("LocationCheckBookingAvailabilityResultItem")),
    envelope="data",
)
def location_check_booking_availability(call: Call) -> Reply:
    """Location / Check Booking Availability

    ``POST /public-api/actions/locations/v2.0/{location}/check-booking-availability``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "locationCreate",
    "POST",
    "/public-api/resources/locations/v2.0",
    body=ref("LocationCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Location"),
    envelope="data",
)
def location_create(call: Call) -> Reply:
    """Location / Create

    ``POST /public-api/resources/locations/v2.0``

    Stores the body as a new record of ``resources/locations``.
    """
    return call.create("resources/locations")


@ROUTES.add(
    "locationCreateDeprecated",
    "POST",
    "/public-api/resources/locations/v1.0",
    body=ref("LocationCreateDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("LocationDeprecated"),
)
def location_create_deprecated(call: Call) -> Reply:
    """Location / Create

    ``POST /public-api/resources/locations/v1.0``

    Stores the body as a new record of ``resources/locations``.
    """
    return call.create("resources/locations")


@ROUTES.add(
    "locationDelete",
    "DELETE",
    "/public-api/resources/locations/v2.0/{location}",
    path_params=[Field("location", INT, required=True)],
    query=[Field("include", array_of(choice("LocationDeleteIncludeItem")))],
    status=204,
)
def location_delete(call: Call) -> Reply:
    """Location / Delete

    ``DELETE /public-api/resources/locations/v2.0/{location}``

    Deletes the record of ``resources/locations`` named by ``location``.
    """
    return call.delete("resources/locations", "location")


@ROUTES.add(
    "locationDeleteDeprecated",
    "DELETE",
    "/public-api/resources/locations/v1.0/{location}",
    path_params=[Field("location", INT, required=True)],
    status=204,
)
def location_delete_deprecated(call: Call) -> Reply:
    """Location / Delete

    ``DELETE /public-api/resources/locations/v1.0/{location}``

    Deletes the record of ``resources/locations`` named by ``location``.
    """
    return call.delete("resources/locations", "location")


@ROUTES.add(
    "locationRead",
    "GET",
    "/public-api/resources/locations/v2.0/{location}",
    path_params=[Field("location", INT, required=True)],
    query=[Field("include", array_of(choice("LocationDeleteIncludeItem")))],
    result=ref("Location"),
    envelope="data",
)
def location_read(call: Call) -> Reply:
    """Location / Read

    ``GET /public-api/resources/locations/v2.0/{location}``

    Answers the record of ``resources/locations`` named by ``location``.
    """
    return call.read("resources/locations", "location")


@ROUTES.add(
    "locationReadDeprecated",
    "GET",
    "/public-api/resources/locations/v1.0/{location}",
    path_params=[Field("location", INT, required=True)],
    result=ref("LocationDeprecated"),
    envelope="data",
)
def location_read_deprecated(call: Call) -> Reply:
    """Location / Read

    ``GET /public-api/resources/locations/v1.0/{location}``

    Answers the record of ``resources/locations`` named by ``location``.
    """
    return call.read("resources/locations", "location")


@ROUTES.add(
    "locationUpdate",
    "PATCH",
    "/public-api/resources/locations/v2.0/{location}",
    path_params=[Field("location", INT, required=True)],
    query=[Field("include", array_of(choice("LocationDeleteIncludeItem")))],
    body=ref("LocationUpdateRequest"),
    body_required=True,
    result=ref("Location"),
    envelope="data",
)
def location_update(call: Call) -> Reply:
    """Location / Update

    ``PATCH /public-api/resources/locations/v2.0/{location}``

    Merges the body into the record of ``resources/locations`` named by ``location``.
    """
    return call.update("resources/locations", "location")


@ROUTES.add(
    "locationUpdateDeprecated",
    "PATCH",
    "/public-api/resources/locations/v1.0/{location}",
    path_params=[Field("location", INT, required=True)],
    body=ref("LocationUpdateDeprecatedRequest"),
    body_required=True,
    result=ref("LocationDeprecated"),
)
def location_update_deprecated(call: Call) -> Reply:
    """Location / Update

    ``PATCH /public-api/resources/locations/v1.0/{location}``

    Merges the body into the record of ``resources/locations`` named by ``location``.
    """
    return call.update("resources/locations", "location")


@ROUTES.add(
    "locationsListing",
    "GET",
    "/public-api/resources/locations/v2.0",
    query=[
        Field("filter", ref("LocationsListingFilter")),
        Field("include", array_of(choice("LocationDeleteIncludeItem"))),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Location"),
    envelope="page",
    pagination="cursor",
)
def locations_listing(call: Call) -> Reply:
    """Locations / Listing

    ``GET /public-api/resources/locations/v2.0``

    Lists the records of ``resources/locations``, a page at a time.
    """
    return call.listing("resources/locations")


@ROUTES.add(
    "locationsListingDeprecated",
    "GET",
    "/public-api/resources/locations/v1.0",
    query=[
        Field("filter", ref("LocationsListingDeprecatedFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("LocationDeprecated"),
    envelope="page",
    pagination="cursor+page",
)
def locations_listing_deprecated(call: Call) -> Reply:
    """Locations / Listing

    ``GET /public-api/resources/locations/v1.0``

    Lists the records of ``resources/locations``, a page at a time.
    """
    return call.listing("resources/locations")


@ROUTES.add(
    "notificationRead",
    "GET",
    "/public-api/notifications/v2.0/{notification}",
    path_params=[Field("notification", STR, required=True)],
    result=ref("Notification_"),
    envelope="data",
)
def notification_read(call: Call) -> Reply:
    """Notification / Read

    ``GET /public-api/notifications/v2.0/{notification}``

    Answers the record of ``notifications`` named by ``notification``.
    """
    return call.read("notifications", "notification")


@ROUTES.add(
    "notificationsCreate",
    "PUT",
    "/public-api/notifications/v2.0/{notification}",
    path_params=[Field("notification", STR, required=True)],
    body=ref("NotificationsCreateRequest"),
    body_required=True,
    result=ref("Notification_"),
    envelope="data",
)
def notifications_create(call: Call) -> Reply:
    """Notifications / Update

    ``PUT /public-api/notifications/v2.0/{notification}``

    Merges the body into the record of ``notifications`` named by ``notification``.
    """
    return call.update("notifications", "notification")


@ROUTES.add(
    "notificationsListing",
    "GET",
    "/public-api/notifications/v2.0",
    query=[Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("Notification_"),
    envelope="page",
    pagination="page",
)
def notifications_listing(call: Call) -> Reply:
    """Notifications / Listing

    ``GET /public-api/notifications/v2.0``

    Lists the records of ``notifications``, a page at a time.
    """
    return call.listing("notifications")


@ROUTES.add(
    "notificationsListingDeprecated",
    "GET",
    "/public-api/notifications/v1.0",
    query=[Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("Notifications"),
    envelope="page",
    pagination="page",
)
def notifications_listing_deprecated(call: Call) -> Reply:
    """Notifications / Listing

    ``GET /public-api/notifications/v1.0``

    Lists the records of ``notifications``, a page at a time.
    """
    return call.listing("notifications")


@ROUTES.add(
    "notificationsReadDeprecated",
    "GET",
    "/public-api/notifications/v1.0/{notification}",
    path_params=[Field("notification", STR, required=True)],
    result=ref("Notifications"),
    envelope="data",
)
def notifications_read_deprecated(call: Call) -> Reply:
    """Notifications / Read

    ``GET /public-api/notifications/v1.0/{notification}``

    Answers the record of ``notifications`` named by ``notification``.
    """
    return call.read("notifications", "notification")


@ROUTES.add(
    "notificationsResendFailed",
    "POST",
    "/public-api/actions/notifications/v1.0/{notification}/resend",
    path_params=[Field("notification", INT, required=True)],
    body=ref("NotificationsResendFailedRequest"),
    body_required=True,
    status=202,
)
def notifications_resend_failed(call: Call) -> Reply:
    """Notifications / Resend Failed

    ``POST /public-api/actions/notifications/v1.0/{notification}/resend``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "notificationsSubscribe",
    "POST",
    "/public-api/notifications/v2.0",
    body=ref("NotificationsCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Notification_"),
    envelope="data",
)
def notifications_subscribe(call: Call) -> Reply:
    """Notifications / Subscribe

    ``POST /public-api/notifications/v2.0``

    Stores the body as a new record of ``notifications``.
    """
    return call.create("notifications")


@ROUTES.add(
    "notificationsSubscribeDeprecated",
    "POST",
    "/public-api/notifications/v1.0",
    body=ref("NotificationsSubscribeDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("Notifications"),
)
def notifications_subscribe_deprecated(call: Call) -> Reply:
    """Notifications / Subscribe

    ``POST /public-api/notifications/v1.0``

    Stores the body as a new record of ``notifications``.
    """
    return call.create("notifications")


@ROUTES.add(
    "notificationsUnsubscribe",
    "DELETE",
    "/public-api/notifications/v2.0/{notification}",
    path_params=[Field("notification", STR, required=True)],
    status=204,
)
def notifications_unsubscribe(call: Call) -> Reply:
    """Notifications / Unsubscribe

    ``DELETE /public-api/notifications/v2.0/{notification}``

    Deletes the record of ``notifications`` named by ``notification``.
    """
    return call.delete("notifications", "notification")


@ROUTES.add(
    "notificationsUnsubscribeDeprecated",
    "DELETE",
    "/public-api/notifications/v1.0/{notification}",
    path_params=[Field("notification", STR, required=True)],
    status=204,
)
def notifications_unsubscribe_deprecated(call: Call) -> Reply:
    """Notifications / Unsubscribe

    ``DELETE /public-api/notifications/v1.0/{notification}``

    Deletes the record of ``notifications`` named by ``notification``.
    """
    return call.delete("notifications", "notification")


@ROUTES.add(
    "notificationsUpdateDeprecated",
    "PUT",
    "/public-api/notifications/v1.0/{notification}",
    path_params=[Field("notification", STR, required=True)],
    body=ref("NotificationsSubscribeDeprecatedRequest"),
    body_required=True,
    result=ref("Notifications"),
    envelope="data",
)
def notifications_update_deprecated(call: Call) -> Reply:
    """Notifications / Update

    ``PUT /public-api/notifications/v1.0/{notification}``

    Merges the body into the record of ``notifications`` named by ``notification``.
    """
    return call.update("notifications", "notification")


@ROUTES.add(
    "parkingSpaceUpdateOccupancyStatus",
    "POST",
    "/public-api/actions/parking-spaces/v1.0/{parkingSpace}/update-occupancy-status",
    path_params=[Field("parkingSpace", INT, required=True)],
    body=ref("ParkingSpaceUpdateOccupancyStatusRequest"),
    body_required=True,
    status=202,
)
def parking_space_update_occupancy_status(call: Call) -> Reply:
    """Parking Space / Update occupancy status

    ``POST /public-api/actions/parking-spaces/v1.0/{parkingSpace}/update-occupancy-status``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "partnerContractCreate",
    "POST",
    "/public-api/resources/partner-contracts/v1.0",
    body=ref("PartnerContractCreateRequest"),
    body_required=True,
    status=201,
    result=ref("PartnerContract"),
    envelope="data",
)
def partner_contract_create(call: Call) -> Reply:
    """Partner Contract / Create

    ``POST /public-api/resources/partner-contracts/v1.0``

    Stores the body as a new record of ``resources/partner-contracts``.
    """
    return call.create("resources/partner-contracts")


@ROUTES.add(
    "partnerContractDelete",
    "DELETE",
    "/public-api/resources/partner-contracts/v1.0/{partnerContract}",
    path_params=[Field("partnerContract", INT, required=True)],
    status=204,
)
def partner_contract_delete(call: Call) -> Reply:
    """Partner Contract / Delete

    ``DELETE /public-api/resources/partner-contracts/v1.0/{partnerContract}``

    Deletes the record of ``resources/partner-contracts`` named by ``partnerContract``.
    """
    return call.delete("resources/partner-contracts", "partnerContract")


@ROUTES.add(
    "partnerContractRead",
    "GET",
    "/public-api/resources/partner-contracts/v1.0/{partnerContract}",
    path_params=[Field("partnerContract", INT, required=True)],
    result=ref("PartnerContract"),
    envelope="data",
)
def partner_contract_read(call: Call) -> Reply:
    """Partner Contract / Read

    ``GET /public-api/resources/partner-contracts/v1.0/{partnerContract}``

    Answers the record of ``resources/partner-contracts`` named by ``partnerContract``.
    """
    return call.read("resources/partner-contracts", "partnerContract")


@ROUTES.add(
    "partnerContractUpdate",
    "PUT",
    "/public-api/resources/partner-contracts/v1.0/{partnerContract}",
    path_params=[Field("partnerContract", INT, required=True)],
    body=ref("PartnerContractCreateRequest"),
    body_required=True,
    result=ref("PartnerContract"),
    envelope="data",
)
def partner_contract_update(call: Call) -> Reply:
    """Partner Contract / Update

    ``PUT /public-api/resources/partner-contracts/v1.0/{partnerContract}``

    Merges the body into the record of ``resources/partner-contracts`` named by ``partnerContract``.
    """
    return call.update("resources/partner-contracts", "partnerContract")


@ROUTES.add(
    "partnerContractsListing",
    "GET",
    "/public-api/resources/partner-contracts/v1.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("CircuitsListingFilter")),
    ],
    result=ref("PartnerContract"),
    envelope="page",
    pagination="page",
)
def partner_contracts_listing(call: Call) -> Reply:
    """Partner Contracts / Listing

    ``GET /public-api/resources/partner-contracts/v1.0``

    Lists the records of ``resources/partner-contracts``, a page at a time.
    """
    return call.listing("resources/partner-contracts")


@ROUTES.add(
    "partnerCreate",
    "POST",
    "/public-api/resources/partners/v2.0",
    body=ref("PartnerCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Partner"),
    envelope="data",
)
def partner_create(call: Call) -> Reply:
    """Partner / Create

    ``POST /public-api/resources/partners/v2.0``

    Stores the body as a new record of ``resources/partners``.
    """
    return call.create("resources/partners")


@ROUTES.add(
    "partnerCreateDeprecated",
    "POST",
    "/public-api/resources/partners/v1.0",
    body=ref("PartnerCreateDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("PartnerDeprecated"),
    envelope="data",
)
def partner_create_deprecated(call: Call) -> Reply:
    """Partner / Create

    ``POST /public-api/resources/partners/v1.0``

    Stores the body as a new record of ``resources/partners``.
    """
    return call.create("resources/partners")


@ROUTES.add(
    "partnerDelete",
    "DELETE",
    "/public-api/resources/partners/v2.0/{partner}",
    path_params=[Field("partner", INT, required=True)],
    status=204,
)
def partner_delete(call: Call) -> Reply:
    """Partner / Delete

    ``DELETE /public-api/resources/partners/v2.0/{partner}``

    Deletes the record of ``resources/partners`` named by ``partner``.
    """
    return call.delete("resources/partners", "partner")


@ROUTES.add(
    "partnerDeleteDeprecated",
    "DELETE",
    "/public-api/resources/partners/v1.0/{partner}",
    path_params=[Field("partner", INT, required=True)],
    status=204,
)
def partner_delete_deprecated(call: Call) -> Reply:
    """Partner / Delete

    ``DELETE /public-api/resources/partners/v1.0/{partner}``

    Deletes the record of ``resources/partners`` named by ``partner``.
    """
    return call.delete("resources/partners", "partner")


@ROUTES.add(
    "partnerInviteCreate",
    "POST",
    "/public-api/resources/partner-invites/v1.0",
    body=ref("PartnerInviteCreateRequest"),
    body_required=True,
    status=201,
    result=ref("PartnerInvite"),
    envelope="data",
)
def partner_invite_create(call: Call) -> Reply:
    """Partner Invite / Create

    ``POST /public-api/resources/partner-invites/v1.0``

    Stores the body as a new record of ``resources/partner-invites``.
    """
    return call.create("resources/partner-invites")


@ROUTES.add(
    "partnerInviteDelete",
    "DELETE",
    "/public-api/resources/partner-invites/v1.0/{partnerInvite}",
    path_params=[Field("partnerInvite", INT, required=True)],
    status=204,
)
def partner_invite_delete(call: Call) -> Reply:
    """Partner Invite / Delete

    ``DELETE /public-api/resources/partner-invites/v1.0/{partnerInvite}``

    Deletes the record of ``resources/partner-invites`` named by ``partnerInvite``.
    """
    return call.delete("resources/partner-invites", "partnerInvite")


@ROUTES.add(
    "partnerInviteRead",
    "GET",
    "/public-api/resources/partner-invites/v1.0/{partnerInvite}",
    path_params=[Field("partnerInvite", INT, required=True)],
    result=ref("PartnerInvite"),
    envelope="data",
)
def partner_invite_read(call: Call) -> Reply:
    """Partner Invite / Read

    ``GET /public-api/resources/partner-invites/v1.0/{partnerInvite}``

    Answers the record of ``resources/partner-invites`` named by ``partnerInvite``.
    """
    return call.read("resources/partner-invites", "partnerInvite")


@ROUTES.add(
    "partnerInviteUpdate",
    "PATCH",
    "/public-api/resources/partner-invites/v1.0/{partnerInvite}",
    path_params=[Field("partnerInvite", INT, required=True)],
    body=ref("PartnerInviteUpdateRequest"),
    body_required=True,
    result=ref("PartnerInvite"),
    envelope="data",
)
def partner_invite_update(call: Call) -> Reply:
    """Partner Invite / Update

    ``PATCH /public-api/resources/partner-invites/v1.0/{partnerInvite}``

    Merges the body into the record of ``resources/partner-invites`` named by ``partnerInvite``.
    """
    return call.update("resources/partner-invites", "partnerInvite")


@ROUTES.add(
    "partnerInvitesListing",
    "GET",
    "/public-api/resources/partner-invites/v1.0",
    query=[
        Field("filter", ref("PartnerInvitesListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("PartnerInvite"),
    envelope="page",
    pagination="page",
)
def partner_invites_listing(call: Call) -> Reply:
    """Partner Invites / Listing

    ``GET /public-api/resources/partner-invites/v1.0``

    Lists the records of ``resources/partner-invites``, a page at a time.
    """
    return call.listing("resources/partner-invites")


@ROUTES.add(
    "partnerRead",
    "GET",
    "/public-api/resources/partners/v2.0/{partner}",
    path_params=[Field("partner", INT, required=True)],
    result=ref("Partner"),
    envelope="data",
)
def partner_read(call: Call) -> Reply:
    """Partner / Read

    ``GET /public-api/resources/partners/v2.0/{partner}``

    Answers the record of ``resources/partners`` named by ``partner``.
    """
    return call.read("resources/partners", "partner")


@ROUTES.add(
    "partnerReadDeprecated",
    "GET",
    "/public-api/resources/partners/v1.0/{partner}",
    path_params=[Field("partner", INT, required=True)],
    result=ref("PartnerDeprecated"),
    envelope="data",
)
def partner_read_deprecated(call: Call) -> Reply:
    """Partner / Read

    ``GET /public-api/resources/partners/v1.0/{partner}``

    Answers the record of ``resources/partners`` named by ``partner``.
    """
    return call.read("resources/partners", "partner")


@ROUTES.add(
    "partnerSettlementReportPartnerSettlementRecordCreate",
    "POST",
    "/public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records",
    path_params=[Field("partnerSettlementReport", INT, required=True)],
    body=ref("PartnerSettlementReportPartnerSettlementRecordCreateRequest"),
    body_required=True,
    status=201,
    result=ref("PartnerSettlementReportPartnerSettlementRecord"),
    envelope="data",
)
def partner_settlement_report_partner_settlement_record_create(call: Call) -> Reply:
    """Partner Settlement Report / Partner Settlement Record / Create

    ``POST /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records``

    Stores the body as a new record of ``resources/partner-settlement-reports/{partnerSettlementReport}/records``.
    """
    return call.create(
        "resources/partner-settlement-reports/{partnerSettlementReport}/records"
    )


@ROUTES.add(
    "partnerSettlementReportPartnerSettlementRecordDelete",
    "DELETE",
    "/public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}",
    path_params=[
        Field("partnerSettlementReport", INT, required=True),
        Field("PartnerSettlementRecord", INT, required=True),
    ],
    status=204,
)
def partner_settlement_report_partner_settlement_record_delete(call: Call) -> Reply:
    """Partner Settlement Report / Partner Settlement Record / Delete

    ``DELETE /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}``

    Deletes the record of ``resources/partner-settlement-reports/{partnerSettlementReport}/records`` named by ``PartnerSettlementRecord``.
    """
    return call.delete(
        "resources/partner-settlement-reports/{partnerSettlementReport}/records",
        "PartnerSettlementRecord",
    )


@ROUTES.add(
    "partnerSettlementReportPartnerSettlementRecordUpdate",
    "PUT",
    "/public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}",
    path_params=[
        Field("partnerSettlementReport", INT, required=True),
        Field("PartnerSettlementRecord", INT, required=True),
    ],
    body=ref("PartnerSettlementReportPartnerSettlementRecordCreateRequest"),
    body_required=True,
    result=ref("PartnerSettlementReportPartnerSettlementRecord"),
    envelope="data",
)
def partner_settlement_report_partner_settlement_record_update(call: Call) -> Reply:
    """Partner Settlement Report / Partner Settlement Record / Update

    ``PUT /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}``

    Merges the body into the record of ``resources/partner-settlement-reports/{partnerSettlementReport}/records`` named by ``PartnerSettlementRecord``.
    """
    return call.update(
        "resources/partner-settlement-reports/{partnerSettlementReport}/records",
        "PartnerSettlementRecord",
    )


@ROUTES.add(
    "partnerSettlementReportPartnerSettlementRecordsListing",
    "GET",
    "/public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records",
    path_params=[Field("partnerSettlementReport", INT, required=True)],
    query=[Field("per_page", INT, minimum=1, maximum=100), Field("cursor", STR)],
    result=ref("PartnerSettlementReportPartnerSettlementRecord"),
    envelope="page",
    pagination="cursor",
)
def partner_settlement_report_partner_settlement_records_listing(call: Call) -> Reply:
    """Partner Settlement Report / Partner Settlement Records / Listing

    ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records``

    Lists the records of ``resources/partner-settlement-reports/{partnerSettlementReport}/records``, a page at a time.
    """
    return call.listing(
        "resources/partner-settlement-reports/{partnerSettlementReport}/records"
    )


@ROUTES.add(
    "partnerSettlementReportRead",
    "GET",
    "/public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}",
    path_params=[Field("partnerSettlementReport", INT, required=True)],
    result=ref("PartnerSettlementReport"),
    envelope="data",
)
def partner_settlement_report_read(call: Call) -> Reply:
    """Partner Settlement Report / Read

    ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}``

    Answers the record of ``resources/partner-settlement-reports`` named by ``partnerSettlementReport``.
    """
    return call.read("resources/partner-settlement-reports", "partnerSettlementReport")


@ROUTES.add(
    "partnerSettlementReportsListing",
    "GET",
    "/public-api/resources/partner-settlement-reports/v1.0",
    query=[
        Field("filter", ref("PartnerSettlementReportsListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("PartnerSettlementReport"),
    envelope="page",
    pagination="cursor",
)
def partner_settlement_reports_listing(call: Call) -> Reply:
    """Partner Settlement Reports / Listing

    ``GET /public-api/resources/partner-settlement-reports/v1.0``

    Lists the records of ``resources/partner-settlement-reports``, a page at a time.
    """
    return call.listing("resources/partner-settlement-reports")


@ROUTES.add(
    "partnerUpdate",
    "PATCH",
    "/public-api/resources/partners/v2.0/{partner}",
    path_params=[Field("partner", INT, required=True)],
    body=ref("PartnerUpdateRequestOption1"),
    body_required=True,
    result=ref("Partner"),
    envelope="data",
)
def partner_update(call: Call) -> Reply:
    """Partner / Update

    ``PATCH /public-api/resources/partners/v2.0/{partner}``

    Merges the body into the record of ``resources/partners`` named by ``partner``.
    """
    return call.update("resources/partners", "partner")


@ROUTES.add(
    "partnerUpdateDeprecated",
    "PATCH",
    "/public-api/resources/partners/v1.0/{partner}",
    path_params=[Field("partner", INT, required=True)],
    body=ref("PartnerCreateDeprecatedRequest"),
    body_required=True,
    result=ref("PartnerDeprecated"),
    envelope="data",
)
def partner_update_deprecated(call: Call) -> Reply:
    """Partner / Update

    ``PATCH /public-api/resources/partners/v1.0/{partner}``

    Merges the body into the record of ``resources/partners`` named by ``partner``.
    """
    return call.update("resources/partners", "partner")


@ROUTES.add(
    "partnersListing",
    "GET",
    "/public-api/resources/partners/v2.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("PartnersListingFilter")),
    ],
    result=ref("Partner"),
    envelope="page",
    pagination="page",
)
def partners_listing(call: Call) -> Reply:
    """Partners / Listing

    ``GET /public-api/resources/partners/v2.0``

    Lists the records of ``resources/partners``, a page at a time.
    """
    return call.listing("resources/partners")


@ROUTES.add(
    "partnersListingDeprecated",
    "GET",
    "/public-api/resources/partners/v1.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("PartnersListingFilter")),
    ],
    result=ref("PartnerDeprecated"),
    envelope="page",
    pagination="page",
)
def partners_listing_deprecated(call: Call) -> Reply:
    """Partners / Listing

    ``GET /public-api/resources/partners/v1.0``

    Lists the records of ``resources/partners``, a page at a time.
    """
    return call.listing("resources/partners")


@ROUTES.add(
    "partnertSettlementReportPartnerSettlementRecordRead",
    "GET",
    "/public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}",
    path_params=[
        Field("partnerSettlementReport", INT, required=True),
        Field("PartnerSettlementRecord", INT, required=True),
    ],
    result=ref("PartnerSettlementReportPartnerSettlementRecord"),
    envelope="data",
)
def partnert_settlement_report_partner_settlement_record_read(call: Call) -> Reply:
    """Partner Settlement Report / Partner Settlement Record / Read

    ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}``

    Answers the record of ``resources/partner-settlement-reports/{partnerSettlementReport}/records`` named by ``PartnerSettlementRecord``.
    """
    return call.read(
        "resources/partner-settlement-reports/{partnerSettlementReport}/records",
        "PartnerSettlementRecord",
    )


@ROUTES.add(
    "patchDowntimePeriodNotice",
    "PATCH",
    "/public-api/resources/downtime-period-notices/v1.0/{notice}",
    path_params=[Field("notice", INT, required=True)],
    body=ref("PatchDowntimePeriodNoticeRequest"),
    result=ref("DowntimePeriodNotice"),
    envelope="data",
)
def patch_downtime_period_notice(call: Call) -> Reply:
    """Downtime Period Notices / Update

    ``PATCH /public-api/resources/downtime-period-notices/v1.0/{notice}``

    Merges the body into the record of ``resources/downtime-period-notices`` named by ``notice``.
    """
    return call.update("resources/downtime-period-notices", "notice")


@ROUTES.add(
    "paymentMethodCreate",
    "POST",
    "/public-api/resources/users/v1.0/{user}/payment-methods",
    path_params=[Field("user", INT, required=True)],
    body=ref("PaymentMethodCreateRequest"),
    result=one_of(
        ref("TransactionBasedPaymentMethodSetup"), ref("StripeSetupIntentPaymentMethod")
    ),
)
def payment_method_create(call: Call) -> Reply:
    """Payment Method / Create

    ``POST /public-api/resources/users/v1.0/{user}/payment-methods``

    Stores the body as a new record of ``resources/users/{user}/payment-methods``.
    """
    return call.create("resources/users/{user}/payment-methods")


@ROUTES.add(
    "paymentMethodDelete",
    "DELETE",
    "/public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}",
    path_params=[
        Field("user", INT, required=True),
        Field("paymentMethodId", STR, required=True),
    ],
    status=204,
)
def payment_method_delete(call: Call) -> Reply:
    """Payment Method / Delete

    ``DELETE /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}``

    Deletes the record of ``resources/users/{user}/payment-methods`` named by ``paymentMethodId``.
    """
    return call.delete("resources/users/{user}/payment-methods", "paymentMethodId")


@ROUTES.add(
    "paymentMethodRead",
    "GET",
    "/public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}",
    path_params=[
        Field("user", INT, required=True),
        Field("paymentMethodId", STR, required=True),
    ],
    result=ref("PaymentMethod"),
    envelope="data",
)
def payment_method_read(call: Call) -> Reply:
    """Payment Method / Read

    ``GET /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}``

    Answers the record of ``resources/users/{user}/payment-methods`` named by ``paymentMethodId``.
    """
    return call.read("resources/users/{user}/payment-methods", "paymentMethodId")


@ROUTES.add(
    "paymentMethodUpdate",
    "PATCH",
    "/public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}",
    path_params=[
        Field("user", INT, required=True),
        Field("paymentMethodId", STR, required=True),
    ],
    body=ref("PaymentMethodUpdateRequest"),
    body_required=True,
    result=ref("PaymentMethod"),
    envelope="data",
)
def payment_method_update(call: Call) -> Reply:
    """Payment Method / Update

    ``PATCH /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}``

    Merges the body into the record of ``resources/users/{user}/payment-methods`` named by ``paymentMethodId``.
    """
    return call.update("resources/users/{user}/payment-methods", "paymentMethodId")


@ROUTES.add(
    "paymentMethodsListing",
    "GET",
    "/public-api/resources/users/v1.0/{user}/payment-methods",
    path_params=[Field("user", INT, required=True)],
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("PaymentMethod"),
    envelope="page",
    pagination="page",
)
def payment_methods_listing(call: Call) -> Reply:
    """Payment Methods / Listing

    ``GET /public-api/resources/users/v1.0/{user}/payment-methods``

    Lists the records of ``resources/users/{user}/payment-methods``, a page at a time.
    """
    return call.listing("resources/users/{user}/payment-methods")


@ROUTES.add(
    "personalSmartChargingPreferencesUpdate",
    "POST",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
    path_params=[Field("chargePoint", INT, required=True)],
    body=one_of(
        ref("ChargePointPersonalSmartChargingPreferencesOption1"),
        ref("ChargePointPersonalSmartChargingPreferencesOption2"),
        ref("ChargePointPersonalSmartChargingPreferencesOption3"),
        ref("ChargePointPersonalSmartChargingPreferencesOption4"),
        ref("ChargePointPersonalSmartChargingPreferencesOption5"),
        ref("ChargePointPersonalSmartChargingPreferencesOption6"),
        ref("PersonalSmartChargingPreferencesOption7"),
    ),
    body_required=True,
    status=201,
    result=one_of(
        ref("ChargePointPersonalSmartChargingPreferencesOption1"),
        ref("ChargePointPersonalSmartChargingPreferencesOption2"),
        ref("ChargePointPersonalSmartChargingPreferencesOption3"),
        ref("ChargePointPersonalSmartChargingPreferencesOption4"),
        ref("ChargePointPersonalSmartChargingPreferencesOption5"),
        ref("ChargePointPersonalSmartChargingPreferencesOption6"),
        ref("PersonalSmartChargingPreferencesOption7"),
    ),
    envelope="data",
)
def personal_smart_charging_preferences_update(call: Call) -> Reply:
    """Charge Point / Personal smart charging preferences / Update

    ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences``

    Reads, writes or resets the single record ``resources/charge-points/{chargePoint}/personal-smart-charging-preferences``.
    """
    return call.singleton(
        "resources/charge-points/{chargePoint}/personal-smart-charging-preferences"
    )


@ROUTES.add(
    "postDowntimePeriodNotice",
    "POST",
    "/public-api/resources/downtime-period-notices/v1.0",
    body=ref("PostDowntimePeriodNoticeRequest"),
    status=201,
    result=ref("DowntimePeriodNotice"),
    envelope="data",
)
def post_downtime_period_notice(call: Call) -> Reply:
    """Downtime Period Notices / Create

    ``POST /public-api/resources/downtime-period-notices/v1.0``

    Stores the body as a new record of ``resources/downtime-period-notices``.
    """
    return call.create("resources/downtime-period-notices")


@ROUTES.add(
    "receiptRead",
    "GET",
    "/public-api/resources/receipts/v2.0/{receipt}",
    path_params=[Field("receipt", INT, required=True)],
    result=ref("Receipt"),
    envelope="data",
)
def receipt_read(call: Call) -> Reply:
    """Receipt / Read

    ``GET /public-api/resources/receipts/v2.0/{receipt}``

    Answers the record of ``resources/receipts`` named by ``receipt``.
    """
    return call.read("resources/receipts", "receipt")


@ROUTES.add(
    "receiptsListing",
    "GET",
    "/public-api/resources/receipts/v2.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("ReceiptsListingFilter")),
    ],
    result=ref("Receipt"),
    envelope="page",
    pagination="page",
)
def receipts_listing(call: Call) -> Reply:
    """Receipts / Listing

    ``GET /public-api/resources/receipts/v2.0``

    Lists the records of ``resources/receipts``, a page at a time.
    """
    return call.listing("resources/receipts")


@ROUTES.add(
    "reorderRoamingCustomTariffFilters",
    "PUT",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/reorder",
    path_params=[Field("roamingOperator", INT, required=True)],
    body=ref("ReorderRoamingCustomTariffFiltersRequest"),
    body_required=True,
    result=ref("ErrorBody"),
)
def reorder_roaming_custom_tariff_filters(call: Call) -> Reply:
    """Roaming Operators / Custom Tariff Filters / Reorder

    ``PUT /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/reorder``

    Reads, writes or resets the single record ``resources/roaming-operators/{roamingOperator}/custom-tariff-filters/reorder``.
    """
    return call.singleton(
        "resources/roaming-operators/{roamingOperator}/custom-tariff-filters/reorder"
    )


@ROUTES.add(
    "reservationCancel",
    "POST",
    "/public-api/actions/reservation/v1.0/{reservation}/cancel",
    path_params=[Field("reservation", INT, required=True)],
    body=ref("ReservationCancelRequest"),
    status=202,
)
def reservation_cancel(call: Call) -> Reply:
    """Reservation / Cancel

    ``POST /public-api/actions/reservation/v1.0/{reservation}/cancel``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "reservationRead",
    "GET",
    "/public-api/resources/reservations/v1.0/{reservation}",
    path_params=[Field("reservation", INT, required=True)],
    result=ref("Reservation"),
    envelope="data",
)
def reservation_read(call: Call) -> Reply:
    """Reservation / Read

    ``GET /public-api/resources/reservations/v1.0/{reservation}``

    Answers the record of ``resources/reservations`` named by ``reservation``.
    """
    return call.read("resources/reservations", "reservation")


@ROUTES.add(
    "reservationsListing",
    "GET",
    "/public-api/resources/reservations/v1.0",
    query=[
        Field("filter", ref("ReservationsListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("Reservation"),
    envelope="page",
    pagination="page",
)
def reservations_listing(call: Call) -> Reply:
    """Reservations / Listing

    ``GET /public-api/resources/reservations/v1.0``

    Lists the records of ``resources/reservations``, a page at a time.
    """
    return call.listing("resources/reservations")


@ROUTES.add(
    "revenuesListing",
    "GET",
    "/public-api/resources/partner-revenues/v1.1",
    query=[
        Field("filter", ref("RevenuesListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Revenue"),
    envelope="page",
    pagination="cursor",
)
def revenues_listing(call: Call) -> Reply:
    """Revenues / Listing

    ``GET /public-api/resources/partner-revenues/v1.1``

    Lists the records of ``resources/partner-revenues``, a page at a time.
    """
    return call.listing("resources/partner-revenues")


@ROUTES.add(
    "revenuesListingDeprecated",
    "GET",
    "/public-api/resources/partner-revenues/v1.0",
    query=[
        Field("filter", ref("RevenuesListingDeprecatedFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("RevenueDeprecated"),
    envelope="page",
    pagination="page",
)
def revenues_listing_deprecated(call: Call) -> Reply:
    """Revenues / Listing

    ``GET /public-api/resources/partner-revenues/v1.0``

    Lists the records of ``resources/partner-revenues``, a page at a time.
    """
    return call.listing("resources/partner-revenues")


@ROUTES.add(
    "rfidTagCreateDeprecated",
    "POST",
    "/public-api/resources/rfid-tags/v1.0",
    body=ref("RfidTagCreateDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("RfidTag"),
    envelope="data",
)
def rfid_tag_create_deprecated(call: Call) -> Reply:
    """RFID Tag / Create

    ``POST /public-api/resources/rfid-tags/v1.0``

    Stores the body as a new record of ``resources/rfid-tags``.
    """
    return call.create("resources/rfid-tags")


@ROUTES.add(
    "rfidTagDeleteDeprecated",
    "DELETE",
    "/public-api/resources/rfid-tags/v1.0/{rfidTag}",
    path_params=[Field("rfidTag", INT, required=True)],
    status=204,
)
def rfid_tag_delete_deprecated(call: Call) -> Reply:
    """RFID Tag / Delete

    ``DELETE /public-api/resources/rfid-tags/v1.0/{rfidTag}``

    Deletes the record of ``resources/rfid-tags`` named by ``rfidTag``.
    """
    return call.delete("resources/rfid-tags", "rfidTag")


@ROUTES.add(
    "rfidTagReadDeprecated",
    "GET",
    "/public-api/resources/rfid-tags/v1.0/{rfidTag}",
    path_params=[Field("rfidTag", INT, required=True)],
    result=ref("RfidTag"),
    envelope="data",
)
def rfid_tag_read_deprecated(call: Call) -> Reply:
    """RFID Tag / Read

    ``GET /public-api/resources/rfid-tags/v1.0/{rfidTag}``

    Answers the record of ``resources/rfid-tags`` named by ``rfidTag``.
    """
    return call.read("resources/rfid-tags", "rfidTag")


@ROUTES.add(
    "rfidTagUpdateDeprecated",
    "PATCH",
    "/public-api/resources/rfid-tags/v1.0/{rfidTag}",
    path_params=[Field("rfidTag", INT, required=True)],
    body=ref("RfidTagCreateDeprecatedRequest"),
    body_required=True,
    result=ref("RfidTag"),
    envelope="data",
)
def rfid_tag_update_deprecated(call: Call) -> Reply:
    """RFID Tag / Update

    ``PATCH /public-api/resources/rfid-tags/v1.0/{rfidTag}``

    Merges the body into the record of ``resources/rfid-tags`` named by ``rfidTag``.
    """
    return call.update("resources/rfid-tags", "rfidTag")


@ROUTES.add(
    "rfidTagsListingDeprecated",
    "GET",
    "/public-api/resources/rfid-tags/v1.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("filter", ref("RfidTagsListingDeprecatedFilter")),
    ],
    result=ref("RfidTag"),
    envelope="page",
    pagination="cursor+page",
)
def rfid_tags_listing_deprecated(call: Call) -> Reply:
    """RFID Tags / Listing

    ``GET /public-api/resources/rfid-tags/v1.0``

    Lists the records of ``resources/rfid-tags``, a page at a time.
    """
    return call.listing("resources/rfid-tags")


@ROUTES.add(
    "roamingOperatorRead",
    "GET",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}",
    path_params=[Field("roamingOperator", INT, required=True)],
    result=ref("RoamingOperator"),
    envelope="data",
)
def roaming_operator_read(call: Call) -> Reply:
    """Roaming Operator / Read

    ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}``

    Answers the record of ``resources/roaming-operators`` named by ``roamingOperator``.
    """
    return call.read("resources/roaming-operators", "roamingOperator")


@ROUTES.add(
    "roamingOperatorUpdate",
    "PATCH",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}",
    path_params=[Field("roamingOperator", INT, required=True)],
    body=ref("RoamingOperatorUpdateRequest"),
    body_required=True,
    result=ref("RoamingOperator"),
    envelope="data",
)
def roaming_operator_update(call: Call) -> Reply:
    """Roaming Operator / Update

    ``PATCH /public-api/resources/roaming-operators/v2.0/{roamingOperator}``

    Merges the body into the record of ``resources/roaming-operators`` named by ``roamingOperator``.
    """
    return call.update("resources/roaming-operators", "roamingOperator")


@ROUTES.add(
    "roamingOperatorsListing",
    "GET",
    "/public-api/resources/roaming-operators/v2.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("RoamingOperator"),
    envelope="page",
    pagination="page",
)
def roaming_operators_listing(call: Call) -> Reply:
    """Roaming Operators / Listing

    ``GET /public-api/resources/roaming-operators/v2.0``

    Lists the records of ``resources/roaming-operators``, a page at a time.
    """
    return call.listing("resources/roaming-operators")


@ROUTES.add(
    "roamingPlatformReadDeprecated",
    "GET",
    "/public-api/resources/roaming-platforms/v1.0/{roamingPlatform}",
    path_params=[Field("roamingPlatform", INT, required=True)],
    result=ref("RoamingPlatform"),
    envelope="data",
)
def roaming_platform_read_deprecated(call: Call) -> Reply:
    """Roaming Platform / Read

    ``GET /public-api/resources/roaming-platforms/v1.0/{roamingPlatform}``

    Answers the record of ``resources/roaming-platforms`` named by ``roamingPlatform``.
    """
    return call.read("resources/roaming-platforms", "roamingPlatform")


@ROUTES.add(
    "roamingPlatformsListingDeprecated",
    "GET",
    "/public-api/resources/roaming-platforms/v1.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("RoamingPlatform"),
    envelope="page",
    pagination="page",
)
def roaming_platforms_listing_deprecated(call: Call) -> Reply:
    """Roaming Platforms / Listing

    ``GET /public-api/resources/roaming-platforms/v1.0``

    Lists the records of ``resources/roaming-platforms``, a page at a time.
    """
    return call.listing("resources/roaming-platforms")


@ROUTES.add(
    "roamingProviderCreate",
    "POST",
    "/public-api/resources/roaming-providers/v2.0",
    body=one_of(ref("Hubject"), ref("OcpiOrGireve221")),
    body_required=True,
    status=201,
    result=ref("RoamingProvider"),
    envelope="data",
)
def roaming_provider_create(call: Call) -> Reply:
    """Roaming Provider / Create

    ``POST /public-api/resources/roaming-providers/v2.0``

    Stores the body as a new record of ``resources/roaming-providers``.
    """
    return call.create("resources/roaming-providers")


@ROUTES.add(
    "roamingProviderDelete",
    "DELETE",
    "/public-api/resources/roaming-providers/v2.0/{roamingProvider}",
    path_params=[Field("roamingProvider", INT, required=True)],
    status=204,
)
def roaming_provider_delete(call: Call) -> Reply:
    """Roaming Provider / Delete

    ``DELETE /public-api/resources/roaming-providers/v2.0/{roamingProvider}``

    Deletes the record of ``resources/roaming-providers`` named by ``roamingProvider``.
    """
    return call.delete("resources/roaming-providers", "roamingProvider")


@ROUTES.add(
    "roamingProviderRead",
    "GET",
    "/public-api/resources/roaming-providers/v2.0/{roamingProvider}",
    path_params=[Field("roamingProvider", INT, required=True)],
    result=ref("RoamingProvider"),
    envelope="data",
)
def roaming_provider_read(call: Call) -> Reply:
    """Roaming Provider / Read

    ``GET /public-api/resources/roaming-providers/v2.0/{roamingProvider}``

    Answers the record of ``resources/roaming-providers`` named by ``roamingProvider``.
    """
    return call.read("resources/roaming-providers", "roamingProvider")


@ROUTES.add(
    "roamingProviderUpdate",
    "PATCH",
    "/public-api/resources/roaming-providers/v2.0/{roamingProvider}",
    path_params=[Field("roamingProvider", INT, required=True)],
    body=one_of(
        ref("RoamingProviderUpdateRequestOption1"),
        ref("RoamingProviderUpdateRequestOption2"),
    ),
    body_required=True,
    result=ref("RoamingProvider"),
    envelope="data",
)
def roaming_provider_update(call: Call) -> Reply:
    """Roaming Provider / Update

    ``PATCH /public-api/resources/roaming-providers/v2.0/{roamingProvider}``

    Merges the body into the record of ``resources/roaming-providers`` named by ``roamingProvider``.
    """
    return call.update("resources/roaming-providers", "roamingProvider")


@ROUTES.add(
    "roamingProvidersListing",
    "GET",
    "/public-api/resources/roaming-providers/v2.0",
    query=[
        Field("filter", ref("RoamingProvidersListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("RoamingProvider"),
    envelope="page",
    pagination="page",
)
def roaming_providers_listing(call: Call) -> Reply:
    """Roaming Providers / Listing

    ``GET /public-api/resources/roaming-providers/v2.0``

    Lists the records of ``resources/roaming-providers``, a page at a time.
    """
    return call.listing("resources/roaming-providers")


@ROUTES.add(
    "roamingTariffRead",
    "GET",
    "/public-api/resources/roaming-tariffs/v2.0/{roamingTariff}",
    path_params=[Field("roamingTariff", INT, required=True)],
    result=ref("RoamingTariff"),
    envelope="data",
)
def roaming_tariff_read(call: Call) -> Reply:
    """Roaming Tariff / Read

    ``GET /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}``

    Answers the record of ``resources/roaming-tariffs`` named by ``roamingTariff``.
    """
    return call.read("resources/roaming-tariffs", "roamingTariff")


@ROUTES.add(
    "roamingTariffUpdate",
    "PATCH",
    "/public-api/resources/roaming-tariffs/v2.0/{roamingTariff}",
    path_params=[Field("roamingTariff", INT, required=True)],
    body=ref("RoamingTariffUpdateRequest"),
    body_required=True,
    result=ref("RoamingTariff"),
    envelope="data",
)
def roaming_tariff_update(call: Call) -> Reply:
    """Roaming Tariff / Update

    ``PATCH /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}``

    Merges the body into the record of ``resources/roaming-tariffs`` named by ``roamingTariff``.
    """
    return call.update("resources/roaming-tariffs", "roamingTariff")


@ROUTES.add(
    "roamingTariffsListing",
    "GET",
    "/public-api/resources/roaming-tariffs/v2.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("RoamingTariff"),
    envelope="page",
    pagination="page",
)
def roaming_tariffs_listing(call: Call) -> Reply:
    """Roaming Tariffs / Listing

    ``GET /public-api/resources/roaming-tariffs/v2.0``

    Lists the records of ``resources/roaming-tariffs``, a page at a time.
    """
    return call.listing("resources/roaming-tariffs")


@ROUTES.add(
    "securityEventLogReadDeprecated",
    "GET",
    "/public-api/resources/security-events-log/v2.0/{securityEventLog}",
    path_params=[Field("securityEventLog", INT, required=True)],
    result=ref("SecurityEvent"),
    envelope="data",
)
def security_event_log_read_deprecated(call: Call) -> Reply:
    """Security Event Log / Read

    ``GET /public-api/resources/security-events-log/v2.0/{securityEventLog}``

    Answers the record of ``resources/security-events-log`` named by ``securityEventLog``.
    """
    return call.read("resources/security-events-log", "securityEventLog")


@ROUTES.add(
    "securityEventLogsListingDeprecated",
    "GET",
    "/public-api/resources/security-events-log/v2.0",
    query=[
        Field("filter", ref("SecurityEventsListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("SecurityEvent"),
    envelope="page",
    pagination="cursor",
)
def security_event_logs_listing_deprecated(call: Call) -> Reply:
    """Security Events Logs / Listing

    ``GET /public-api/resources/security-events-log/v2.0``

    Lists the records of ``resources/security-events-log``, a page at a time.
    """
    return call.listing("resources/security-events-log")


@ROUTES.add(
    "securityEventRead",
    "GET",
    "/public-api/resources/security-events/v2.0/{securityEvent}",
    path_params=[Field("securityEvent", INT, required=True)],
    result=ref("SecurityEvent"),
    envelope="data",
)
def security_event_read(call: Call) -> Reply:
    """Security Event / Read

    ``GET /public-api/resources/security-events/v2.0/{securityEvent}``

    Answers the record of ``resources/security-events`` named by ``securityEvent``.
    """
    return call.read("resources/security-events", "securityEvent")


@ROUTES.add(
    "securityEventsListing",
    "GET",
    "/public-api/resources/security-events/v2.0",
    query=[
        Field("filter", ref("SecurityEventsListingFilter")),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("SecurityEvent"),
    envelope="page",
    pagination="cursor",
)
def security_events_listing(call: Call) -> Reply:
    """Security Events / Listing

    ``GET /public-api/resources/security-events/v2.0``

    Lists the records of ``resources/security-events``, a page at a time.
    """
    return call.listing("resources/security-events")


@ROUTES.add(
    "sessionAssignToUser",
    "POST",
    "/public-api/actions/session/v1.0/{session}/assign-user",
    path_params=[Field("session", INT, required=True)],
    body=ref("ChargePointShareCreateRequest"),
    body_required=True,
    status=202,
)
def session_assign_to_user(call: Call) -> Reply:
    """Session / Assign to user

    ``POST /public-api/actions/session/v1.0/{session}/assign-user``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "sessionRead",
    "GET",
    "/public-api/resources/sessions/v1.0/{session}",
    path_params=[Field("session", STR, required=True)],
    query=[
        Field("withClockAlignedEnergyConsumption", BOOL),
        Field("clockAlignedInterval", choice("SessionReadClockAlignedInterval")),
        Field("withAuthorization", BOOL),
        Field("withChargingPeriods", BOOL),
        Field("withChargingPeriodsPriceBreakdown", BOOL),
        Field("withPriceBreakdown", BOOL),
        Field("include", array_of(choice("CdrReadIncludeItem"))),
    ],
    result=ref("Session"),
    envelope="data",
)
def session_read(call: Call) -> Reply:
    """Session / Read

    ``GET /public-api/resources/sessions/v1.0/{session}``

    Answers the record of ``resources/sessions`` named by ``session``.
    """
    return call.read("resources/sessions", "session")


@ROUTES.add(
    "sessionRetryPayment",
    "POST",
    "/public-api/actions/session/v1.0/{session}/retry-payment",
    path_params=[Field("session", INT, required=True)],
    body=ref("SessionRetryPaymentRequest"),
    status=202,
)
def session_retry_payment(call: Call) -> Reply:
    """Session / Retry Payment

    ``POST /public-api/actions/session/v1.0/{session}/retry-payment``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "sessionsConsumptionStatsRead",
    "GET",
    "/public-api/resources/sessions/v1.0/{session}/consumption-stats",
    path_params=[Field("session", STR, required=True)],
    result=array_of(ref("SessionsConsumptionStatsItem")),
    envelope="data",
)
def sessions_consumption_stats_read(call: Call) -> Reply:
    """Sessions / Consumption Stats / Read

    ``GET /public-api/resources/sessions/v1.0/{session}/consumption-stats``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "sessionsListing",
    "GET",
    "/public-api/resources/sessions/v1.0",
    query=[
        Field("withClockAlignedEnergyConsumption", BOOL),
        Field("clockAlignedInterval", choice("SessionReadClockAlignedInterval")),
        Field("withAuthorization", BOOL),
        Field("withPriceBreakdown", BOOL),
        Field("withChargingPeriods", BOOL),
        Field("withChargingPeriodsPriceBreakdown", BOOL),
        Field("filter", ref("SessionsListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("include", array_of(choice("CdrReadIncludeItem"))),
    ],
    result=ref("Session"),
    envelope="page",
    pagination="cursor+page",
)
def sessions_listing(call: Call) -> Reply:
    """Sessions / Listing

    ``GET /public-api/resources/sessions/v1.0``

    Lists the records of ``resources/sessions``, a page at a time.
    """
    return call.listing("resources/sessions")


@ROUTES.add(
    "settingsListing",
    "GET",
    "/public-api/resources/settings/v1.0",
    result=ref("Setting"),
    envelope="data",
)
def settings_listing(call: Call) -> Reply:
    """Settings / Listing

    ``GET /public-api/resources/settings/v1.0``

    Reads, writes or resets the single record ``resources/settings``.
    """
    return call.singleton("resources/settings")


@ROUTES.add(
    "subOperatorRead",
    "GET",
    "/public-api/resources/sub-operators/v1.0/{subOperator}",
    path_params=[Field("subOperator", INT, required=True)],
    result=ref("SubOperator"),
    envelope="data",
)
def sub_operator_read(call: Call) -> Reply:
    """Sub operator / Read

    ``GET /public-api/resources/sub-operators/v1.0/{subOperator}``

    Answers the record of ``resources/sub-operators`` named by ``subOperator``.
    """
    return call.read("resources/sub-operators", "subOperator")


@ROUTES.add(
    "subOperatorsListing",
    "GET",
    "/public-api/resources/sub-operators/v1.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("SubOperator"),
    envelope="page",
    pagination="page",
)
def sub_operators_listing(call: Call) -> Reply:
    """Sub operators / Listing

    ``GET /public-api/resources/sub-operators/v1.0``

    Lists the records of ``resources/sub-operators``, a page at a time.
    """
    return call.listing("resources/sub-operators")


@ROUTES.add(
    "subscriptionPlanCreate",
    "POST",
    "/public-api/resources/subscription-plans/v2.0",
    body=ref("SubscriptionPlanCreateRequest"),
    body_required=True,
    status=201,
    result=ref("SubscriptionPlan"),
    envelope="data",
)
def subscription_plan_create(call: Call) -> Reply:
    """Subscription plan / Create

    ``POST /public-api/resources/subscription-plans/v2.0``

    Stores the body as a new record of ``resources/subscription-plans``.
    """
    return call.create("resources/subscription-plans")


@ROUTES.add(
    "subscriptionPlanDelete",
    "DELETE",
    "/public-api/resources/subscription-plans/v2.0/{subscriptionPlan}",
    path_params=[Field("subscriptionPlan", INT, required=True)],
    status=204,
)
def subscription_plan_delete(call: Call) -> Reply:
    """Subscription plan / Delete

    ``DELETE /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}``

    Deletes the record of ``resources/subscription-plans`` named by ``subscriptionPlan``.
    """
    return call.delete("resources/subscription-plans", "subscriptionPlan")


@ROUTES.add(
    "subscriptionPlanRead",
    "GET",
    "/public-api/resources/subscription-plans/v2.0/{subscriptionPlan}",
    path_params=[Field("subscriptionPlan", INT, required=True)],
    result=ref("SubscriptionPlan"),
    envelope="data",
)
def subscription_plan_read(call: Call) -> Reply:
    """Subscription plan / Read

    ``GET /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}``

    Answers the record of ``resources/subscription-plans`` named by ``subscriptionPlan``.
    """
    return call.read("resources/subscription-plans", "subscriptionPlan")


@ROUTES.add(
    "subscriptionPlanReplace",
    "POST",
    "/public-api/actions/subscription-plans/v1.0/{subscriptionPlan}/replace",
    path_params=[Field("subscriptionPlan", INT, required=True)],
    body=ref("SubscriptionPlanReplaceRequest"),
    body_required=True,
    status=202,
)
def subscription_plan_replace(call: Call) -> Reply:
    """Subscription plan / Replace

    ``POST /public-api/actions/subscription-plans/v1.0/{subscriptionPlan}/replace``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "subscriptionPlanUpdate",
    "PATCH",
    "/public-api/resources/subscription-plans/v2.0/{subscriptionPlan}",
    path_params=[Field("subscriptionPlan", INT, required=True)],
    body=ref("SubscriptionPlanUpdateRequestOption1"),
    body_required=True,
    result=ref("SubscriptionPlan"),
    envelope="data",
)
def subscription_plan_update(call: Call) -> Reply:
    """Subscription plan / Update

    ``PATCH /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}``

    Merges the body into the record of ``resources/subscription-plans`` named by ``subscriptionPlan``.
    """
    return call.update("resources/subscription-plans", "subscriptionPlan")


@ROUTES.add(
    "subscriptionPlansListing",
    "GET",
    "/public-api/resources/subscription-plans/v2.0",
    query=[
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("filter", ref("CircuitsListingFilter")),
    ],
    result=ref("SubscriptionPlan"),
    envelope="page",
    pagination="page",
)
def subscription_plans_listing(call: Call) -> Reply:
    """Subscription plans / Listing

    ``GET /public-api/resources/subscription-plans/v2.0``

    Lists the records of ``resources/subscription-plans``, a page at a time.
    """
    return call.listing("resources/subscription-plans")


@ROUTES.add(
    "subscriptionPlansListingDeprecated",
    "GET",
    "/public-api/resources/subscription-plans/v1.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("SubscriptionPlanDeprecated"),
    envelope="page",
    pagination="page",
)
def subscription_plans_listing_deprecated(call: Call) -> Reply:
    """Subscription Plans / Listing

    ``GET /public-api/resources/subscription-plans/v1.0``

    Lists the records of ``resources/subscription-plans``, a page at a time.
    """
    return call.listing("resources/subscription-plans")


@ROUTES.add(
    "subscriptionRead",
    "GET",
    "/public-api/resources/subscriptions/v1.0/{subscription}",
    path_params=[Field("subscription", INT, required=True)],
    result=ref("Subscription"),
    envelope="data",
)
def subscription_read(call: Call) -> Reply:
    """Subscription / Read

    ``GET /public-api/resources/subscriptions/v1.0/{subscription}``

    Answers the record of ``resources/subscriptions`` named by ``subscription``.
    """
    return call.read("resources/subscriptions", "subscription")


@ROUTES.add(
    "subscriptionsListing",
    "GET",
    "/public-api/resources/subscriptions/v1.0",
    query=[
        Field("filter", ref("SubscriptionsListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Subscription"),
    envelope="page",
    pagination="cursor+page",
)
def subscriptions_listing(call: Call) -> Reply:
    """Subscriptions / Listing

    ``GET /public-api/resources/subscriptions/v1.0``

    Lists the records of ``resources/subscriptions``, a page at a time.
    """
    return call.listing("resources/subscriptions")


@ROUTES.add(
    "tariffCreate",
    "POST",
    "/public-api/resources/tariffs/v1.0",
    body=ref("TariffCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Tariff"),
    envelope="data",
)
def tariff_create(call: Call) -> Reply:
    """Tariff / Create

    ``POST /public-api/resources/tariffs/v1.0``

    Stores the body as a new record of ``resources/tariffs``.
    """
    return call.create("resources/tariffs")


@ROUTES.add(
    "tariffDelete",
    "DELETE",
    "/public-api/resources/tariffs/v1.0/{tariff}",
    path_params=[Field("tariff", INT, required=True)],
    status=204,
)
def tariff_delete(call: Call) -> Reply:
    """Tariff / Delete

    ``DELETE /public-api/resources/tariffs/v1.0/{tariff}``

    Deletes the record of ``resources/tariffs`` named by ``tariff``.
    """
    return call.delete("resources/tariffs", "tariff")


@ROUTES.add(
    "tariffGroupCreate",
    "POST",
    "/public-api/resources/tariff-groups/v1.0",
    body=ref("TariffGroupCreateRequest"),
    body_required=True,
    status=201,
    result=ref("TariffGroup"),
    envelope="data",
)
def tariff_group_create(call: Call) -> Reply:
    """Tariff Group / Create

    ``POST /public-api/resources/tariff-groups/v1.0``

    Stores the body as a new record of ``resources/tariff-groups``.
    """
    return call.create("resources/tariff-groups")


@ROUTES.add(
    "tariffGroupDelete",
    "DELETE",
    "/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
    path_params=[Field("tariffGroup", INT, required=True)],
    status=204,
)
def tariff_group_delete(call: Call) -> Reply:
    """Tariff Group / Delete

    ``DELETE /public-api/resources/tariff-groups/v1.0/{tariffGroup}``

    Deletes the record of ``resources/tariff-groups`` named by ``tariffGroup``.
    """
    return call.delete("resources/tariff-groups", "tariffGroup")


@ROUTES.add(
    "tariffGroupRead",
    "GET",
    "/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
    path_params=[Field("tariffGroup", INT, required=True)],
    result=ref("TariffGroup"),
    envelope="data",
)
def tariff_group_read(call: Call) -> Reply:
    """Tariff Group / Read

    ``GET /public-api/resources/tariff-groups/v1.0/{tariffGroup}``

    Answers the record of ``resources/tariff-groups`` named by ``tariffGroup``.
    """
    return call.read("resources/tariff-groups", "tariffGroup")


@ROUTES.add(
    "tariffGroupUpdate",
    "PUT",
    "/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
    path_params=[Field("tariffGroup", INT, required=True)],
    body=ref("TariffGroupCreateRequest"),
    body_required=True,
    result=ref("TariffGroup"),
    envelope="data",
)
def tariff_group_update(call: Call) -> Reply:
    """Tariff Group / Update

    ``PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}``

    Merges the body into the record of ``resources/tariff-groups`` named by ``tariffGroup``.
    """
    return call.update("resources/tariff-groups", "tariffGroup")


@ROUTES.add(
    "tariffGroupsListing",
    "GET",
    "/public-api/resources/tariff-groups/v1.0",
    query=[
        Field("filter", ref("TariffGroupsListingFilter")),
        Field("page", INT),
        Field("cursor", STR),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("TariffGroup"),
    envelope="page",
    pagination="cursor+page",
)
def tariff_groups_listing(call: Call) -> Reply:
    """Tariff Groups / Listing

    ``GET /public-api/resources/tariff-groups/v1.0``

    Lists the records of ``resources/tariff-groups``, a page at a time.
    """
    return call.listing("resources/tariff-groups")


@ROUTES.add(
    "tariffRead",
    "GET",
    "/public-api/resources/tariffs/v1.0/{tariff}",
    path_params=[Field("tariff", INT, required=True)],
    result=ref("Tariff"),
    envelope="data",
)
def tariff_read(call: Call) -> Reply:
    """Tariff / Read

    ``GET /public-api/resources/tariffs/v1.0/{tariff}``

    Answers the record of ``resources/tariffs`` named by ``tariff``.
    """
    return call.read("resources/tariffs", "tariff")


@ROUTES.add(
    "tariffSetDisplayInformation",
    "POST",
    "/public-api/actions/tariffs/v2.0/{tariff}/set-tariff-display-information",
    path_params=[Field("tariff", INT, required=True)],
    body=ref("TariffSetDisplayInformationRequest"),
    body_required=True,
    status=201,
)
def tariff_set_display_information(call: Call) -> Reply:
    """Tariff / Set Display Information

    ``POST /public-api/actions/tariffs/v2.0/{tariff}/set-tariff-display-information``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "tariffSnapshotRead",
    "GET",
    "/public-api/resources/tariff-snapshots/v1.0/{tariffSnapshot}",
    path_params=[Field("tariffSnapshot", INT, required=True)],
    result=ref("TariffSnapshot"),
    envelope="data",
)
def tariff_snapshot_read(call: Call) -> Reply:
    """Tariff Snapshot / Read

    ``GET /public-api/resources/tariff-snapshots/v1.0/{tariffSnapshot}``

    Answers the record of ``resources/tariff-snapshots`` named by ``tariffSnapshot``.
    """
    return call.read("resources/tariff-snapshots", "tariffSnapshot")


@ROUTES.add(
    "tariffUpdate",
    "PUT",
    "/public-api/resources/tariffs/v1.0/{tariff}",
    path_params=[Field("tariff", INT, required=True)],
    body=ref("TariffCreateRequest"),
    body_required=True,
    result=ref("Tariff"),
    envelope="data",
)
def tariff_update(call: Call) -> Reply:
    """Tariff / Update

    ``PUT /public-api/resources/tariffs/v1.0/{tariff}``

    Merges the body into the record of ``resources/tariffs`` named by ``tariff``.
    """
    return call.update("resources/tariffs", "tariff")


@ROUTES.add(
    "tariffsListing",
    "GET",
    "/public-api/resources/tariffs/v1.0",
    query=[
        Field("filter", ref("TariffsListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Tariff"),
    envelope="page",
    pagination="cursor+page",
)
def tariffs_listing(call: Call) -> Reply:
    """Tariffs / Listing

    ``GET /public-api/resources/tariffs/v1.0``

    Lists the records of ``resources/tariffs``, a page at a time.
    """
    return call.listing("resources/tariffs")


@ROUTES.add(
    "taxCreate",
    "POST",
    "/public-api/resources/taxes/v2.0",
    body=ref("TaxCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Tax"),
    envelope="data",
)
def tax_create(call: Call) -> Reply:
    """Tax / Create

    ``POST /public-api/resources/taxes/v2.0``

    Stores the body as a new record of ``resources/taxes``.
    """
    return call.create("resources/taxes")


@ROUTES.add(
    "taxDelete",
    "DELETE",
    "/public-api/resources/taxes/v2.0/{tax}",
    path_params=[Field("tax", INT, required=True)],
    status=204,
)
def tax_delete(call: Call) -> Reply:
    """Tax / Delete

    ``DELETE /public-api/resources/taxes/v2.0/{tax}``

    Deletes the record of ``resources/taxes`` named by ``tax``.
    """
    return call.delete("resources/taxes", "tax")


@ROUTES.add(
    "taxIdentificationNumberCreate",
    "POST",
    "/public-api/resources/tax-identification-numbers/v2.0",
    body=ref("ChargePointVendorCreateRequest"),
    body_required=True,
    status=201,
    result=ref("TaxIdentificationNumber"),
    envelope="data",
)
def tax_identification_number_create(call: Call) -> Reply:
    """Tax Identification Number / Create

    ``POST /public-api/resources/tax-identification-numbers/v2.0``

    Stores the body as a new record of ``resources/tax-identification-numbers``.
    """
    return call.create("resources/tax-identification-numbers")


@ROUTES.add(
    "taxIdentificationNumberDelete",
    "DELETE",
    "/public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}",
    path_params=[Field("taxIdentificationNumber", INT, required=True)],
    status=204,
)
def tax_identification_number_delete(call: Call) -> Reply:
    """Tax Identification Number / Delete

    ``DELETE /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}``

    Deletes the record of ``resources/tax-identification-numbers`` named by ``taxIdentificationNumber``.
    """
    return call.delete(
        "resources/tax-identification-numbers", "taxIdentificationNumber"
    )


@ROUTES.add(
    "taxIdentificationNumberRead",
    "GET",
    "/public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}",
    path_params=[Field("taxIdentificationNumber", INT, required=True)],
    result=ref("TaxIdentificationNumber"),
    envelope="data",
)
def tax_identification_number_read(call: Call) -> Reply:
    """Tax Identification Number / Read

    ``GET /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}``

    Answers the record of ``resources/tax-identification-numbers`` named by ``taxIdentificationNumber``.
    """
    return call.read("resources/tax-identification-numbers", "taxIdentificationNumber")


@ROUTES.add(
    "taxIdentificationNumberUpdate",
    "PATCH",
    "/public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}",
    path_params=[Field("taxIdentificationNumber", INT, required=True)],
    body=ref("ChargePointVendorUpdateRequest"),
    body_required=True,
    result=ref("TaxIdentificationNumber"),
    envelope="data",
)
def tax_identification_number_update(call: Call) -> Reply:
    """Tax Identification Number / Update

    ``PATCH /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}``

    Merges the body into the record of ``resources/tax-identification-numbers`` named by ``taxIdentificationNumber``.
    """
    return call.update(
        "resources/tax-identification-numbers", "taxIdentificationNumber"
    )


@ROUTES.add(
    "taxIdentificationNumbersListing",
    "GET",
    "/public-api/resources/tax-identification-numbers/v2.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("TaxIdentificationNumber"),
    envelope="page",
    pagination="page",
)
def tax_identification_numbers_listing(call: Call) -> Reply:
    """Tax Identification Numbers / Listing

    ``GET /public-api/resources/tax-identification-numbers/v2.0``

    Lists the records of ``resources/tax-identification-numbers``, a page at a time.
    """
    return call.listing("resources/tax-identification-numbers")


@ROUTES.add(
    "taxRead",
    "GET",
    "/public-api/resources/taxes/v2.0/{tax}",
    path_params=[Field("tax", INT, required=True)],
    result=ref("Tax"),
    envelope="data",
)
def tax_read(call: Call) -> Reply:
    """Tax / Read

    ``GET /public-api/resources/taxes/v2.0/{tax}``

    Answers the record of ``resources/taxes`` named by ``tax``.
    """
    return call.read("resources/taxes", "tax")


@ROUTES.add(
    "taxUpdate",
    "PATCH",
    "/public-api/resources/taxes/v2.0/{tax}",
    path_params=[Field("tax", INT, required=True)],
    body=ref("TaxUpdateRequest"),
    body_required=True,
    result=ref("Tax"),
    envelope="data",
)
def tax_update(call: Call) -> Reply:
    """Tax / Update

    ``PATCH /public-api/resources/taxes/v2.0/{tax}``

    Merges the body into the record of ``resources/taxes`` named by ``tax``.
    """
    return call.update("resources/taxes", "tax")


@ROUTES.add(
    "taxesListing",
    "GET",
    "/public-api/resources/taxes/v2.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("Tax"),
    envelope="page",
    pagination="page",
)
def taxes_listing(call: Call) -> Reply:
    """Taxes / Listing

    ``GET /public-api/resources/taxes/v2.0``

    Lists the records of ``resources/taxes``, a page at a time.
    """
    return call.listing("resources/taxes")


@ROUTES.add(
    "templatesListing",
    "GET",
    "/public-api/resources/templates/v1.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("Template"),
    envelope="page",
    pagination="page",
)
def templates_listing(call: Call) -> Reply:
    """Templates / Listing

    ``GET /public-api/resources/templates/v1.0``

    Lists the records of ``resources/templates``, a page at a time.
    """
    return call.listing("resources/templates")


@ROUTES.add(
    "termsAndPoliciesListing",
    "GET",
    "/public-api/resources/terms-and-policies/v2.0",
    query=[Field("filter", ref("TermsAndPoliciesListingFilter"))],
    result=ref("TermsAndPolicy"),
    envelope="page",
    pagination="page",
)
def terms_and_policies_listing(call: Call) -> Reply:
    """Terms and policies / Listing

    ``GET /public-api/resources/terms-and-policies/v2.0``

    Lists the records of ``resources/terms-and-policies``, a page at a time.
    """
    return call.listing("resources/terms-and-policies")


@ROUTES.add(
    "termsAndPoliciesRead",
    "GET",
    "/public-api/resources/terms-and-policies/v2.0/{termVersion}",
    path_params=[Field("termVersion", INT, required=True)],
    result=ref("TermsAndPolicy"),
)
def terms_and_policies_read(call: Call) -> Reply:
    """Terms and policies / Read

    ``GET /public-api/resources/terms-and-policies/v2.0/{termVersion}``

    Answers the record of ``resources/terms-and-policies`` named by ``termVersion``.
    """
    return call.read("resources/terms-and-policies", "termVersion")


@ROUTES.add(
    "topUpPackagCreate",
    "POST",
    "/public-api/resources/top-up-packages/v2.0",
    body=ref("TopUpPackagCreateRequest"),
    body_required=True,
    status=201,
    result=ref("TopUpPackage"),
    envelope="data",
)
def top_up_packag_create(call: Call) -> Reply:
    """Top-Up Package / Create

    ``POST /public-api/resources/top-up-packages/v2.0``

    Stores the body as a new record of ``resources/top-up-packages``.
    """
    return call.create("resources/top-up-packages")


@ROUTES.add(
    "topUpPackageDelete",
    "DELETE",
    "/public-api/resources/top-up-packages/v2.0/{topUpPackage}",
    path_params=[Field("topUpPackage", INT, required=True)],
    status=204,
)
def top_up_package_delete(call: Call) -> Reply:
    """Top-Up Package / Delete

    ``DELETE /public-api/resources/top-up-packages/v2.0/{topUpPackage}``

    Deletes the record of ``resources/top-up-packages`` named by ``topUpPackage``.
    """
    return call.delete("resources/top-up-packages", "topUpPackage")


@ROUTES.add(
    "topUpPackageRead",
    "GET",
    "/public-api/resources/top-up-packages/v2.0/{topUpPackage}",
    path_params=[Field("topUpPackage", INT, required=True)],
    result=ref("TopUpPackage"),
    envelope="data",
)
def top_up_package_read(call: Call) -> Reply:
    """Top-Up Package / Read

    ``GET /public-api/resources/top-up-packages/v2.0/{topUpPackage}``

    Answers the record of ``resources/top-up-packages`` named by ``topUpPackage``.
    """
    return call.read("resources/top-up-packages", "topUpPackage")


@ROUTES.add(
    "topUpPackageUpdate",
    "PATCH",
    "/public-api/resources/top-up-packages/v2.0/{topUpPackage}",
    path_params=[Field("topUpPackage", INT, required=True)],
    body=ref("TopUpPackageUpdateRequest"),
    body_required=True,
    result=ref("TopUpPackage"),
    envelope="data",
)
def top_up_package_update(call: Call) -> Reply:
    """Top-Up Package / Update

    ``PATCH /public-api/resources/top-up-packages/v2.0/{topUpPackage}``

    Merges the body into the record of ``resources/top-up-packages`` named by ``topUpPackage``.
    """
    return call.update("resources/top-up-packages", "topUpPackage")


@ROUTES.add(
    "topUpPackagesListing",
    "GET",
    "/public-api/resources/top-up-packages/v2.0",
    query=[
        Field("filter", ref("TopUpPackagesListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("TopUpPackage"),
    envelope="page",
    pagination="page",
)
def top_up_packages_listing(call: Call) -> Reply:
    """Top-Up Packages / Listing

    ``GET /public-api/resources/top-up-packages/v2.0``

    Lists the records of ``resources/top-up-packages``, a page at a time.
    """
    return call.listing("resources/top-up-packages")


@ROUTES.add(
    "transactionIssueInvoice",
    "POST",
    "/public-api/actions/transactions/v1.0/{transaction}/issue-invoice",
    path_params=[Field("transaction", INT, required=True)],
    body=ref("TransactionIssueInvoiceRequest"),
    body_required=True,
    status=202,
)
def transaction_issue_invoice(call: Call) -> Reply:
    """Transaction / Issue Invoice

    ``POST /public-api/actions/transactions/v1.0/{transaction}/issue-invoice``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "transactionRead",
    "GET",
    "/public-api/resources/transactions/v1.0/{transaction}",
    path_params=[Field("transaction", STR, required=True)],
    result=ref("Transaction"),
)
def transaction_read(call: Call) -> Reply:
    """Transaction / Read

    ``GET /public-api/resources/transactions/v1.0/{transaction}``

    Answers the record of ``resources/transactions`` named by ``transaction``.
    """
    return call.read("resources/transactions", "transaction")


@ROUTES.add(
    "transactionResendInvoice",
    "POST",
    "/public-api/actions/transactions/v1.0/{transaction}/resend-invoice",
    path_params=[Field("transaction", INT, required=True)],
    status=202,
)
def transaction_resend_invoice(call: Call) -> Reply:
    """Transaction / Resend Invoice

    ``POST /public-api/actions/transactions/v1.0/{transaction}/resend-invoice``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "transactionUpdate",
    "PATCH",
    "/public-api/resources/transactions/v1.0/{transaction}",
    path_params=[Field("transaction", STR, required=True)],
    body=ref("TransactionUpdateRequest"),
    body_required=True,
    result=ref("Transaction"),
    envelope="data",
)
def transaction_update(call: Call) -> Reply:
    """Transaction / Update

    ``PATCH /public-api/resources/transactions/v1.0/{transaction}``

    Merges the body into the record of ``resources/transactions`` named by ``transaction``.
    """
    return call.update("resources/transactions", "transaction")


@ROUTES.add(
    "transactionUpdatePaymentReference",
    "POST",
    "/public-api/actions/transactions/v1.0/{transaction}/update-payment-reference",
    path_params=[Field("transaction", INT, required=True)],
    body=ref("TransactionUpdatePaymentReferenceRequest"),
    body_required=True,
    status=202,
)
def transaction_update_payment_reference(call: Call) -> Reply:
    """Transaction / Update Payment Reference

    ``POST /public-api/actions/transactions/v1.0/{transaction}/update-payment-reference``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "transactionsCreate",
    "POST",
    "/public-api/resources/transactions/v1.0",
    body=ref("TransactionsCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Transaction"),
    envelope="data",
)
def transactions_create(call: Call) -> Reply:
    """Transactions / Create

    ``POST /public-api/resources/transactions/v1.0``

    Stores the body as a new record of ``resources/transactions``.
    """
    return call.create("resources/transactions")


@ROUTES.add(
    "transactionsListing",
    "GET",
    "/public-api/resources/transactions/v1.0",
    query=[
        Field("filter", ref("TransactionsListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
    ],
    result=ref("Transaction"),
    envelope="page",
    pagination="cursor+page",
)
def transactions_listing(call: Call) -> Reply:
    """Transactions / Listing

    ``GET /public-api/resources/transactions/v1.0``

    Lists the records of ``resources/transactions``, a page at a time.
    """
    return call.listing("resources/transactions")


@ROUTES.add(
    "updateConfigurationTemplate",
    "PATCH",
    "/public-api/resources/configuration-templates/v1.0/{template}",
    path_params=[Field("template", INT, required=True)],
    body=ref("ChargePointVendorUpdateRequest"),
    body_required=True,
    result=ref("ConfigurationTemplate"),
    envelope="data",
)
def update_configuration_template(call: Call) -> Reply:
    """Configuration Template / Update

    ``PATCH /public-api/resources/configuration-templates/v1.0/{template}``

    Merges the body into the record of ``resources/configuration-templates`` named by ``template``.
    """
    return call.update("resources/configuration-templates", "template")


@ROUTES.add(
    "updateCurrencyRate",
    "PATCH",
    "/public-api/resources/currency-rates/v1.0/{currencyRate}",
    path_params=[Field("currencyRate", INT, required=True)],
    body=ref("UpdateCurrencyRateRequest"),
    body_required=True,
    result=ref("CurrencyRate"),
    envelope="data",
)
def update_currency_rate(call: Call) -> Reply:
    """Currency Rate / Update

    ``PATCH /public-api/resources/currency-rates/v1.0/{currencyRate}``

    Merges the body into the record of ``resources/currency-rates`` named by ``currencyRate``.
    """
    return call.update("resources/currency-rates", "currencyRate")


@ROUTES.add(
    "updateCustomTariffFilterTariff",
    "POST",
    "/public-api/actions/roaming-operator/v2.0/{roamingOperator}/custom-tariff-filter/{customTariffFilter}/set-pricing-data",
    path_params=[
        Field("roamingOperator", INT, required=True),
        Field("customTariffFilter", INT, required=True),
    ],
    body=ref("UpdateCustomTariffFilterTariffRequest"),
    body_required=True,
    status=202,
)
def update_custom_tariff_filter_tariff(call: Call) -> Reply:
    """Custom Tariff Filters / Set Pricing Data

    ``POST /public-api/actions/roaming-operator/v2.0/{roamingOperator}/custom-tariff-filter/{customTariffFilter}/set-pricing-data``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "updateFlexibilityAsset",
    "PATCH",
    "/public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}",
    path_params=[Field("flexibilityAsset", INT, required=True)],
    body=ref("UpdateFlexibilityAssetRequest"),
    body_required=True,
    result=ref("FlexibilityAsset"),
    envelope="data",
)
def update_flexibility_asset(call: Call) -> Reply:
    """Flexibility Assets / Update

    ``PATCH /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}``

    Merges the body into the record of ``resources/flexibility-assets`` named by ``flexibilityAsset``.
    """
    return call.update("resources/flexibility-assets", "flexibilityAsset")


@ROUTES.add(
    "updateInstallerJob",
    "PATCH",
    "/public-api/resources/installer-jobs/v1.0/{installerJob}",
    path_params=[Field("installerJob", INT, required=True)],
    body=ref("UpdateInstallerJobRequest"),
    body_required=True,
    result=ref("InstallerJobsList"),
    envelope="data",
)
def update_installer_job(call: Call) -> Reply:
    """Installer Jobs / Update

    ``PATCH /public-api/resources/installer-jobs/v1.0/{installerJob}``

    Merges the body into the record of ``resources/installer-jobs`` named by ``installerJob``.
    """
    return call.update("resources/installer-jobs", "installerJob")


@ROUTES.add(
    "updateParkingSpace",
    "PUT",
    "/public-api/resources/parking-spaces/v1.0/{parkingSpace}",
    path_params=[Field("parkingSpace", INT, required=True)],
    body=ref("CreateParkingSpaceRequest"),
    body_required=True,
    result=ref("ParkingSpace"),
    envelope="data",
)
def update_parking_space(call: Call) -> Reply:
    """Parking Space / Update

    ``PUT /public-api/resources/parking-spaces/v1.0/{parkingSpace}``

    Merges the body into the record of ``resources/parking-spaces`` named by ``parkingSpace``.
    """
    return call.update("resources/parking-spaces", "parkingSpace")


@ROUTES.add(
    "updatePaymentTerminal",
    "PATCH",
    "/public-api/resources/payment-terminals/v1.0/{paymentTerminal}",
    path_params=[Field("paymentTerminal", STR, required=True)],
    body=one_of(
        ref("PayterOnCp"),
        ref("UpdatePaymentTerminalRequestOption1Option2"),
        ref("PrintecCastles"),
        ref("Crane"),
        ref("UpdatePaymentTerminalRequestOption4"),
        ref("UpdatePaymentTerminalRequestOption5"),
        ref("Pax"),
        ref("UpdatePaymentTerminalRequestOption9"),
        ref("UpdatePaymentTerminalRequestOption10"),
    ),
    body_required=True,
    result=one_of(
        ref("PaymentTerminalOption1Option1"),
        ref("PaymentTerminalOption1Option2"),
        ref("PaymentTerminalOption12"),
        ref("PaymentTerminalOption3"),
        ref("PaymentTerminalOption4"),
        ref("PaymentTerminalOption5"),
        ref("PaymentTerminalOption6"),
        ref("PaymentTerminalOption7"),
        ref("PaymentTerminalOption9"),
        ref("PaymentTerminalOption10"),
        ref("PaymentTerminalOption11"),
    ),
    envelope="data",
)
def update_payment_terminal(call: Call) -> Reply:
    """Payment Terminals / Update

    ``PATCH /public-api/resources/payment-terminals/v1.0/{paymentTerminal}``

    Merges the body into the record of ``resources/payment-terminals`` named by ``paymentTerminal``.
    """
    return call.update("resources/payment-terminals", "paymentTerminal")


@ROUTES.add(
    "updatePcId",
    "PATCH",
    "/public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}",
    path_params=[Field("provisioningCertificate", INT, required=True)],
    body=ref("UpdatePcIdRequest"),
    body_required=True,
    result=ref("PcId"),
    envelope="data",
)
def update_pc_id(call: Call) -> Reply:
    """Provisioning Certificate / Update

    ``PATCH /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}``

    Merges the body into the record of ``resources/provisioning-certificates`` named by ``provisioningCertificate``.
    """
    return call.update("resources/provisioning-certificates", "provisioningCertificate")


@ROUTES.add(
    "updateRoamingCustomTariffFilter",
    "PATCH",
    "/public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}",
    path_params=[
        Field("roamingOperator", INT, required=True),
        Field("customTariffFilter", INT, required=True),
    ],
    body=ref("UpdateRoamingCustomTariffFilterRequest"),
    body_required=True,
    result=ref("RoamingCustomTariffFilter"),
    envelope="data",
)
def update_roaming_custom_tariff_filter(call: Call) -> Reply:
    """Roaming Operators / Custom Tariff Filters / Update

    ``PATCH /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}``

    Merges the body into the record of ``resources/roaming-operators/{roamingOperator}/custom-tariff-filters`` named by ``customTariffFilter``.
    """
    return call.update(
        "resources/roaming-operators/{roamingOperator}/custom-tariff-filters",
        "customTariffFilter",
    )


@ROUTES.add(
    "updateUtility",
    "PUT",
    "/public-api/resources/utilities/v1.0/{utility}",
    path_params=[Field("utility", INT, required=True)],
    body=ref("CreateUtilityRequest"),
    body_required=True,
    result=ref("Utility"),
    envelope="data",
)
def update_utility(call: Call) -> Reply:
    """Utilities / Update

    ``PUT /public-api/resources/utilities/v1.0/{utility}``

    Merges the body into the record of ``resources/utilities`` named by ``utility``.
    """
    return call.update("resources/utilities", "utility")


@ROUTES.add(
    "userActivateSubscription",
    "POST",
    "/public-api/actions/users/v1.0/{user}/activate-subscription",
    path_params=[Field("user", INT, required=True)],
    body=ref("UserActivateSubscriptionRequest"),
    body_required=True,
    status=202,
)
def user_activate_subscription(call: Call) -> Reply:
    """User / Activate subscription

    ``POST /public-api/actions/users/v1.0/{user}/activate-subscription``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userAddBalance",
    "POST",
    "/public-api/actions/users/v1.0/{user}/add-balance",
    path_params=[Field("user", INT, required=True)],
    body=ref("UserAddBalanceRequest"),
    body_required=True,
    status=202,
)
def user_add_balance(call: Call) -> Reply:
    """User / Add Balance

    ``POST /public-api/actions/users/v1.0/{user}/add-balance``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userApplyCustomFee",
    "POST",
    "/public-api/actions/users/v1.0/{user}/apply-custom-fee",
    path_params=[Field("user", INT, required=True)],
    body=ref("UserApplyCustomFeeRequest"),
    body_required=True,
    status=202,
)
def user_apply_custom_fee(call: Call) -> Reply:
    """User / Apply Custom Fee

    ``POST /public-api/actions/users/v1.0/{user}/apply-custom-fee``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userCancelSubscription",
    "POST",
    "/public-api/actions/users/v1.0/{user}/cancel-subscription",
    path_params=[Field("user", INT, required=True)],
    body=ref("UserCancelSubscriptionRequest"),
    body_required=True,
    status=202,
)
def user_cancel_subscription(call: Call) -> Reply:
    """User / Cancel subscription

    ``POST /public-api/actions/users/v1.0/{user}/cancel-subscription``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userChangeStatus",
    "POST",
    "/public-api/actions/users/v1.0/{user}/change-status",
    path_params=[Field("user", INT, required=True)],
    body=ref("UserChangeStatusRequest"),
    body_required=True,
    status=202,
)
def user_change_status(call: Call) -> Reply:
    """User / Change Status

    ``POST /public-api/actions/users/v1.0/{user}/change-status``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userClearSubscriptionAmountDue",
    "POST",
    "/public-api/actions/users/v1.0/{user}/clear-subscription-amount-due",
    path_params=[Field("user", INT, required=True)],
    status=202,
)
def user_clear_subscription_amount_due(call: Call) -> Reply:
    """User / Clear subscription amount due

    ``POST /public-api/actions/users/v1.0/{user}/clear-subscription-amount-due``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userCreate",
    "POST",
    "/public-api/resources/users/v1.0",
    body=ref("UserCreateRequest"),
    body_required=True,
    status=201,
    result=ref("User"),
    envelope="data",
)
def user_create(call: Call) -> Reply:
    """User / Create

    ``POST /public-api/resources/users/v1.0``

    Stores the body as a new record of ``resources/users``.
    """
    return call.create("resources/users")


@ROUTES.add(
    "userDelete",
    "DELETE",
    "/public-api/resources/users/v1.0/{user}",
    path_params=[Field("user", INT, required=True)],
    query=[Field("include", array_of(choice("UserDeleteIncludeItem")))],
    status=204,
)
def user_delete(call: Call) -> Reply:
    """User / Delete

    ``DELETE /public-api/resources/users/v1.0/{user}``

    Deletes the record of ``resources/users`` named by ``user``.
    """
    return call.delete("resources/users", "user")


@ROUTES.add(
    "userExportAllPrivateData",
    "GET",
    "/public-api/actions/users/v2.0/{user}/export-all-private-data",
    path_params=[Field("user", INT, required=True)],
    result=ref("UserExportAllPrivateDataResponse"),
)
def user_export_all_private_data(call: Call) -> Reply:
    """User / Export All Private Data

    ``GET /public-api/actions/users/v2.0/{user}/export-all-private-data``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userGroupCreate",
    "POST",
    "/public-api/resources/user-groups/v1.0",
    body=ref("UserGroupCreateRequest"),
    body_required=True,
    status=201,
    result=ref("UserGroup"),
    envelope="data",
)
def user_group_create(call: Call) -> Reply:
    """User Group / Create

    ``POST /public-api/resources/user-groups/v1.0``

    Stores the body as a new record of ``resources/user-groups``.
    """
    return call.create("resources/user-groups")


@ROUTES.add(
    "userGroupDelete",
    "DELETE",
    "/public-api/resources/user-groups/v1.0/{userGroup}",
    path_params=[Field("userGroup", INT, required=True)],
    status=204,
)
def user_group_delete(call: Call) -> Reply:
    """User Group / Delete

    ``DELETE /public-api/resources/user-groups/v1.0/{userGroup}``

    Deletes the record of ``resources/user-groups`` named by ``userGroup``.
    """
    return call.delete("resources/user-groups", "userGroup")


@ROUTES.add(
    "userGroupRead",
    "GET",
    "/public-api/resources/user-groups/v1.0/{userGroup}",
    path_params=[Field("userGroup", INT, required=True)],
    result=ref("UserGroup"),
    envelope="data",
)
def user_group_read(call: Call) -> Reply:
    """User Group / Read

    ``GET /public-api/resources/user-groups/v1.0/{userGroup}``

    Answers the record of ``resources/user-groups`` named by ``userGroup``.
    """
    return call.read("resources/user-groups", "userGroup")


@ROUTES.add(
    "userGroupUpdate",
    "PATCH",
    "/public-api/resources/user-groups/v1.0/{userGroup}",
    path_params=[Field("userGroup", INT, required=True)],
    body=ref("UserGroupCreateRequest"),
    body_required=True,
    result=ref("UserGroup"),
    envelope="data",
)
def user_group_update(call: Call) -> Reply:
    """User Group / Update

    ``PATCH /public-api/resources/user-groups/v1.0/{userGroup}``

    Merges the body into the record of ``resources/user-groups`` named by ``userGroup``.
    """
    return call.update("resources/user-groups", "userGroup")


@ROUTES.add(
    "userGroupsListing",
    "GET",
    "/public-api/resources/user-groups/v1.0",
    query=[
        Field("filter", ref("UserGroupsListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("UserGroup"),
    envelope="page",
    pagination="page",
)
def user_groups_listing(call: Call) -> Reply:
    """User Groups / Listing

    ``GET /public-api/resources/user-groups/v1.0``

    Lists the records of ``resources/user-groups``, a page at a time.
    """
    return call.listing("resources/user-groups")


@ROUTES.add(
    "userRead",
    "GET",
    "/public-api/resources/users/v1.0/{user}",
    path_params=[Field("user", INT, required=True)],
    query=[
        Field("include", array_of(choice("UserDeleteIncludeItem"))),
        Field("withAmountDue", BOOL),
    ],
    result=ref("UserDetails"),
    envelope="data",
)
def user_read(call: Call) -> Reply:
    """User / Read

    ``GET /public-api/resources/users/v1.0/{user}``

    Answers the record of ``resources/users`` named by ``user``.
    """
    return call.read("resources/users", "user")


@ROUTES.add(
    "userRedeemVoucher",
    "POST",
    "/public-api/actions/users/v2.0/{user}/redeem-voucher",
    path_params=[Field("user", INT, required=True)],
    body=ref("UserRedeemVoucherRequest"),
    body_required=True,
    status=202,
)
def user_redeem_voucher(call: Call) -> Reply:
    """User / Redeem Voucher

    ``POST /public-api/actions/users/v2.0/{user}/redeem-voucher``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "userUpdate",
    "PATCH",
    "/public-api/resources/users/v1.0/{user}",
    path_params=[Field("user", INT, required=True)],
    query=[Field("include", array_of(choice("UserDeleteIncludeItem")))],
    body=ref("UserUpdateRequest"),
    body_required=True,
    result=ref("User"),
    envelope="data",
)
def user_update(call: Call) -> Reply:
    """User / Update

    ``PATCH /public-api/resources/users/v1.0/{user}``

    Merges the body into the record of ``resources/users`` named by ``user``.
    """
    return call.update("resources/users", "user")


@ROUTES.add(
    "usersListing",
    "GET",
    "/public-api/resources/users/v1.0",
    query=[
        Field("filter", ref("UsersListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
        Field("cursor", STR),
        Field("include", array_of(choice("UserDeleteIncludeItem"))),
    ],
    result=ref("User"),
    envelope="page",
    pagination="cursor+page",
)
def users_listing(call: Call) -> Reply:
    """Users / Listing

    ``GET /public-api/resources/users/v1.0``

    Lists the records of ``resources/users``, a page at a time.
    """
    return call.listing("resources/users")


@ROUTES.add(
    "vendorErrorCodeCreate",
    "POST",
    "/public-api/resources/vendor-error-codes/v2.0",
    body=ref("VendorErrorCodeCreateRequest"),
    body_required=True,
    status=201,
    result=ref("VendorErrorCode"),
    envelope="data",
)
def vendor_error_code_create(call: Call) -> Reply:
    """Vendor Error Code / Create

    ``POST /public-api/resources/vendor-error-codes/v2.0``

    Stores the body as a new record of ``resources/vendor-error-codes``.
    """
    return call.create("resources/vendor-error-codes")


@ROUTES.add(
    "vendorErrorCodeDelete",
    "DELETE",
    "/public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}",
    path_params=[Field("vendorErrorCode", INT, required=True)],
    status=204,
)
def vendor_error_code_delete(call: Call) -> Reply:
    """Vendor Error Code / Delete

    ``DELETE /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}``

    Deletes the record of ``resources/vendor-error-codes`` named by ``vendorErrorCode``.
    """
    return call.delete("resources/vendor-error-codes", "vendorErrorCode")


@ROUTES.add(
    "vendorErrorCodeRead",
    "GET",
    "/public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}",
    path_params=[Field("vendorErrorCode", INT, required=True)],
    result=ref("VendorErrorCode"),
    envelope="data",
)
def vendor_error_code_read(call: Call) -> Reply:
    """Vendor Error Code / Read

    ``GET /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}``

    Answers the record of ``resources/vendor-error-codes`` named by ``vendorErrorCode``.
    """
    return call.read("resources/vendor-error-codes", "vendorErrorCode")


@ROUTES.add(
    "vendorErrorCodeUpdate",
    "PATCH",
    "/public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}",
    path_params=[Field("vendorErrorCode", INT, required=True)],
    body=ref("VendorErrorCodeCreateRequest"),
    body_required=True,
    result=ref("VendorErrorCode"),
    envelope="data",
)
def vendor_error_code_update(call: Call) -> Reply:
    """Vendor Error Code / Update

    ``PATCH /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}``

    Merges the body into the record of ``resources/vendor-error-codes`` named by ``vendorErrorCode``.
    """
    return call.update("resources/vendor-error-codes", "vendorErrorCode")


@ROUTES.add(
    "vendorErrorCodesListing",
    "GET",
    "/public-api/resources/vendor-error-codes/v2.0",
    query=[Field("page", INT), Field("per_page", INT, minimum=1, maximum=100)],
    result=ref("VendorErrorCode"),
    envelope="page",
    pagination="page",
)
def vendor_error_codes_listing(call: Call) -> Reply:
    """Vendor Error Codes / Listing

    ``GET /public-api/resources/vendor-error-codes/v2.0``

    Lists the records of ``resources/vendor-error-codes``, a page at a time.
    """
    return call.listing("resources/vendor-error-codes")


@ROUTES.add(
    "voucherCreate",
    "POST",
    "/public-api/resources/vouchers/v2.1",
    body=ref("VoucherCreateRequest"),
    body_required=True,
    status=201,
    result=ref("Voucher"),
    envelope="data",
)
def voucher_create(call: Call) -> Reply:
    """Voucher / Create

    ``POST /public-api/resources/vouchers/v2.1``

    Stores the body as a new record of ``resources/vouchers``.
    """
    return call.create("resources/vouchers")


@ROUTES.add(
    "voucherCreateDeprecated",
    "POST",
    "/public-api/resources/vouchers/v2.0",
    body=ref("VoucherCreateDeprecatedRequest"),
    body_required=True,
    status=201,
    result=ref("VoucherDeprecated"),
    envelope="data",
)
def voucher_create_deprecated(call: Call) -> Reply:
    """Voucher / Create

    ``POST /public-api/resources/vouchers/v2.0``

    Stores the body as a new record of ``resources/vouchers``.
    """
    return call.create("resources/vouchers")


@ROUTES.add(
    "voucherDelete",
    "DELETE",
    "/public-api/resources/vouchers/v2.1/{voucher}",
    path_params=[Field("voucher", INT, required=True)],
    status=204,
)
def voucher_delete(call: Call) -> Reply:
    """Voucher / Delete

    ``DELETE /public-api/resources/vouchers/v2.1/{voucher}``

    Deletes the record of ``resources/vouchers`` named by ``voucher``.
    """
    return call.delete("resources/vouchers", "voucher")


@ROUTES.add(
    "voucherDeleteDeprecated",
    "DELETE",
    "/public-api/resources/vouchers/v2.0/{voucher}",
    path_params=[Field("voucher", INT, required=True)],
    status=204,
)
def voucher_delete_deprecated(call: Call) -> Reply:
    """Voucher / Delete

    ``DELETE /public-api/resources/vouchers/v2.0/{voucher}``

    Deletes the record of ``resources/vouchers`` named by ``voucher``.
    """
    return call.delete("resources/vouchers", "voucher")


@ROUTES.add(
    "voucherRead",
    "GET",
    "/public-api/resources/vouchers/v2.1/{voucher}",
    path_params=[Field("voucher", INT, required=True)],
    result=ref("Voucher"),
    envelope="data",
)
def voucher_read(call: Call) -> Reply:
    """Voucher / Read

    ``GET /public-api/resources/vouchers/v2.1/{voucher}``

    Answers the record of ``resources/vouchers`` named by ``voucher``.
    """
    return call.read("resources/vouchers", "voucher")


@ROUTES.add(
    "voucherReadDeprecated",
    "GET",
    "/public-api/resources/vouchers/v2.0/{voucher}",
    path_params=[Field("voucher", INT, required=True)],
    result=ref("VoucherDeprecated"),
    envelope="data",
)
def voucher_read_deprecated(call: Call) -> Reply:
    """Voucher / Read

    ``GET /public-api/resources/vouchers/v2.0/{voucher}``

    Answers the record of ``resources/vouchers`` named by ``voucher``.
    """
    return call.read("resources/vouchers", "voucher")


@ROUTES.add(
    "voucherUpdate",
    "PATCH",
    "/public-api/resources/vouchers/v2.1/{voucher}",
    path_params=[Field("voucher", INT, required=True)],
    body=ref("VoucherUpdateRequest"),
    body_required=True,
    result=ref("Voucher"),
    envelope="data",
)
def voucher_update(call: Call) -> Reply:
    """Voucher / Update

    ``PATCH /public-api/resources/vouchers/v2.1/{voucher}``

    Merges the body into the record of ``resources/vouchers`` named by ``voucher``.
    """
    return call.update("resources/vouchers", "voucher")


@ROUTES.add(
    "voucherUpdateDeprecated",
    "PATCH",
    "/public-api/resources/vouchers/v2.0/{voucher}",
    path_params=[Field("voucher", INT, required=True)],
    body=ref("VoucherUpdateDeprecatedRequest"),
    body_required=True,
    result=ref("VoucherDeprecated"),
    envelope="data",
)
def voucher_update_deprecated(call: Call) -> Reply:
    """Voucher / Update

    ``PATCH /public-api/resources/vouchers/v2.0/{voucher}``

    Merges the body into the record of ``resources/vouchers`` named by ``voucher``.
    """
    return call.update("resources/vouchers", "voucher")


@ROUTES.add(
    "vouchersListing",
    "GET",
    "/public-api/resources/vouchers/v2.1",
    query=[
        Field("filter", ref("VouchersListingFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("Voucher"),
    envelope="page",
    pagination="page",
)
def vouchers_listing(call: Call) -> Reply:
    """Vouchers / Listing

    ``GET /public-api/resources/vouchers/v2.1``

    Lists the records of ``resources/vouchers``, a page at a time.
    """
    return call.listing("resources/vouchers")


@ROUTES.add(
    "vouchersListingDeprecated",
    "GET",
    "/public-api/resources/vouchers/v2.0",
    query=[
        Field("filter", ref("VouchersListingDeprecatedFilter")),
        Field("page", INT),
        Field("per_page", INT, minimum=1, maximum=100),
    ],
    result=ref("VoucherDeprecated"),
    envelope="page",
    pagination="page",
)
def vouchers_listing_deprecated(call: Call) -> Reply:
    """Vouchers / Listing

    ``GET /public-api/resources/vouchers/v2.0``

    Lists the records of ``resources/vouchers``, a page at a time.
    """
    return call.listing("resources/vouchers")
