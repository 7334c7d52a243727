"""Operations of ``client.charge_points`` (resource / charge points)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, cast

from .._operations import OPERATIONS
from .._runtime.streaming import (
    to_async_raw,
    to_async_raw_listing,
    to_async_streamed,
    to_async_streamed_listing,
    to_raw,
    to_raw_listing,
    to_streamed,
    to_streamed_listing,
)
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.charge_point import ChargePoint
    from ..models.charge_point_available_personal_smart_charging_mode_item_option1 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption1,
    )
    from ..models.charge_point_available_personal_smart_charging_mode_item_option2 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption2,
    )
    from ..models.charge_point_available_personal_smart_charging_mode_item_option3 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption3,
    )
    from ..models.charge_point_available_personal_smart_charging_mode_item_option4 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption4,
    )
    from ..models.charge_point_change_availability_request import (
        ChargePointChangeAvailabilityRequest,
    )
    from ..models.charge_point_change_owner_request import ChargePointChangeOwnerRequest
    from ..models.charge_point_change_sharing_code_request import (
        ChargePointChangeSharingCodeRequest,
    )
    from ..models.charge_point_clear_charging_profile_request import (
        ChargePointClearChargingProfileRequest,
    )
    from ..models.charge_point_configuration import ChargePointConfiguration
    from ..models.charge_point_configuration_item import ChargePointConfigurationItem
    from ..models.charge_point_configuration_read_key_option1 import (
        ChargePointConfigurationReadKeyOption1,
    )
    from ..models.charge_point_configuration_update_request import (
        ChargePointConfigurationUpdateRequest,
    )
    from ..models.charge_point_configurations_listing_filter import (
        ChargePointConfigurationsListingFilter,
    )
    from ..models.charge_point_create_deprecated_request import (
        ChargePointCreateDeprecatedRequest,
    )
    from ..models.charge_point_create_request import ChargePointCreateRequest
    from ..models.charge_point_delete_certificate_request import (
        ChargePointDeleteCertificateRequest,
    )
    from ..models.charge_point_delete_include_item import ChargePointDeleteIncludeItem
    from ..models.charge_point_deprecated import ChargePointDeprecated
    from ..models.charge_point_disconnect_request import ChargePointDisconnectRequest
    from ..models.charge_point_disconnect_response import ChargePointDisconnectResponse
    from ..models.charge_point_evse import ChargePointEvse
    from ..models.charge_point_evse_connector import ChargePointEvseConnector
    from ..models.charge_point_evse_connector_create_request import (
        ChargePointEvseConnectorCreateRequest,
    )
    from ..models.charge_point_evse_connector_update_request import (
        ChargePointEvseConnectorUpdateRequest,
    )
    from ..models.charge_point_evse_create_request import ChargePointEvseCreateRequest
    from ..models.charge_point_evse_delete_include_item import (
        ChargePointEvseDeleteIncludeItem,
    )
    from ..models.charge_point_evse_unlock_response import ChargePointEvseUnlockResponse
    from ..models.charge_point_evse_update_request import ChargePointEvseUpdateRequest
    from ..models.charge_point_get_diagnostics_request import (
        ChargePointGetDiagnosticsRequest,
    )
    from ..models.charge_point_get_diagnostics_response import (
        ChargePointGetDiagnosticsResponse,
    )
    from ..models.charge_point_get_installed_certificate_ids_request import (
        ChargePointGetInstalledCertificateIdsRequest,
    )
    from ..models.charge_point_get_security_log_request import (
        ChargePointGetSecurityLogRequest,
    )
    from ..models.charge_point_get_security_log_result import (
        ChargePointGetSecurityLogResult,
    )
    from ..models.charge_point_hardware_status_log import ChargePointHardwareStatusLog
    from ..models.charge_point_install_certificate_request import (
        ChargePointInstallCertificateRequest,
    )
    from ..models.charge_point_latest_network_status_log import (
        ChargePointLatestNetworkStatusLog,
    )
    from ..models.charge_point_move_evses_to_satellite_request import (
        ChargePointMoveEvsesToSatelliteRequest,
    )
    from ..models.charge_point_personal_smart_charging_preferences_option1 import (
        ChargePointPersonalSmartChargingPreferencesOption1,
    )
    from ..models.charge_point_personal_smart_charging_preferences_option2 import (
        ChargePointPersonalSmartChargingPreferencesOption2,
    )
    from ..models.charge_point_personal_smart_charging_preferences_option3 import (
        ChargePointPersonalSmartChargingPreferencesOption3,
    )
    from ..models.charge_point_personal_smart_charging_preferences_option4 import (
        ChargePointPersonalSmartChargingPreferencesOption4,
    )
    from ..models.charge_point_personal_smart_charging_preferences_option5 import (
        ChargePointPersonalSmartChargingPreferencesOption5,
    )
    from ..models.charge_point_personal_smart_charging_preferences_option6 import (
        ChargePointPersonalSmartChargingPreferencesOption6,
    )
    from ..models.charge_point_reserve_request import ChargePointReserveRequest
    from ..models.charge_point_reserve_response import ChargePointReserveResponse
    from ..models.charge_point_reset_type import ChargePointResetType
    from ..models.charge_point_send_data_transfer_request import (
        ChargePointSendDataTransferRequest,
    )
    from ..models.charge_point_send_data_transfer_response import (
        ChargePointSendDataTransferResponse,
    )
    from ..models.charge_point_set_charging_profile_request import (
        ChargePointSetChargingProfileRequest,
    )
    from ..models.charge_point_set_charging_profile_result import (
        ChargePointSetChargingProfileResult,
    )
    from ..models.charge_point_set_configuration_request import (
        ChargePointSetConfigurationRequest,
    )
    from ..models.charge_point_set_security_profile_request import (
        ChargePointSetSecurityProfileRequest,
    )
    from ..models.charge_point_share import ChargePointShare
    from ..models.charge_point_share_create_request import ChargePointShareCreateRequest
    from ..models.charge_point_shared_partner import ChargePointSharedPartner
    from ..models.charge_point_shared_partners_sync_request import (
        ChargePointSharedPartnersSyncRequest,
    )
    from ..models.charge_point_smart_charging_option1 import (
        ChargePointSmartChargingOption1,
    )
    from ..models.charge_point_smart_charging_option2 import (
        ChargePointSmartChargingOption2,
    )
    from ..models.charge_point_smart_charging_option3 import (
        ChargePointSmartChargingOption3,
    )
    from ..models.charge_point_smart_charging_option4 import (
        ChargePointSmartChargingOption4,
    )
    from ..models.charge_point_smart_charging_update_request_option1 import (
        ChargePointSmartChargingUpdateRequestOption1,
    )
    from ..models.charge_point_smart_charging_update_request_option2 import (
        ChargePointSmartChargingUpdateRequestOption2,
    )
    from ..models.charge_point_smart_charging_update_request_option3 import (
        ChargePointSmartChargingUpdateRequestOption3,
    )
    from ..models.charge_point_start_charging_session_request import (
        ChargePointStartChargingSessionRequest,
    )
    from ..models.charge_point_start_charging_session_response import (
        ChargePointStartChargingSessionResponse,
    )
    from ..models.charge_point_start_charging_session_without_evse_request import (
        ChargePointStartChargingSessionWithoutEvseRequest,
    )
    from ..models.charge_point_start_charging_session_without_evse_response import (
        ChargePointStartChargingSessionWithoutEvseResponse,
    )
    from ..models.charge_point_status import ChargePointStatus
    from ..models.charge_point_stop_charging_session_request import (
        ChargePointStopChargingSessionRequest,
    )
    from ..models.charge_point_sync_configuration_request import (
        ChargePointSyncConfigurationRequest,
    )
    from ..models.charge_point_sync_configuration_response import (
        ChargePointSyncConfigurationResponse,
    )
    from ..models.charge_point_trigger_message_charge_point_request import (
        ChargePointTriggerMessageChargePointRequest,
    )
    from ..models.charge_point_update_deprecated_request import (
        ChargePointUpdateDeprecatedRequest,
    )
    from ..models.charge_point_update_firmware_request import (
        ChargePointUpdateFirmwareRequest,
    )
    from ..models.charge_point_update_request import ChargePointUpdateRequest
    from ..models.charge_points_listing_deprecated_filter import (
        ChargePointsListingDeprecatedFilter,
    )
    from ..models.charge_points_listing_filter import ChargePointsListingFilter
    from ..models.custom_fees_listing_filter import CustomFeesListingFilter
    from ..models.personal_smart_charging_preferences_option7 import (
        PersonalSmartChargingPreferencesOption7,
    )
    from ..params import (
        ChargePointChangeAvailabilityRequestParam,
        ChargePointChangeOwnerRequestParam,
        ChargePointChangeSharingCodeRequestParam,
        ChargePointClearChargingProfileRequestParam,
        ChargePointConfigurationReadKeyOption1Literal,
        ChargePointConfigurationUpdateRequestParam,
        ChargePointConfigurationsListingFilterParam,
        ChargePointCreateDeprecatedRequestParam,
        ChargePointCreateRequestParam,
        ChargePointDeleteCertificateRequestParam,
        ChargePointDeleteIncludeItemLiteral,
        ChargePointDisconnectRequestParam,
        ChargePointEvseConnectorCreateRequestParam,
        ChargePointEvseConnectorUpdateRequestParam,
        ChargePointEvseCreateRequestParam,
        ChargePointEvseDeleteIncludeItemLiteral,
        ChargePointEvseUpdateRequestParam,
        ChargePointGetDiagnosticsRequestParam,
        ChargePointGetInstalledCertificateIdsRequestParam,
        ChargePointGetSecurityLogRequestParam,
        ChargePointInstallCertificateRequestParam,
        ChargePointMoveEvsesToSatelliteRequestParam,
        ChargePointPersonalSmartChargingPreferencesOption1Param,
        ChargePointPersonalSmartChargingPreferencesOption2Param,
        ChargePointPersonalSmartChargingPreferencesOption3Param,
        ChargePointPersonalSmartChargingPreferencesOption4Param,
        ChargePointPersonalSmartChargingPreferencesOption5Param,
        ChargePointPersonalSmartChargingPreferencesOption6Param,
        ChargePointReserveRequestParam,
        ChargePointResetTypeLiteral,
        ChargePointSendDataTransferRequestParam,
        ChargePointSetChargingProfileRequestParam,
        ChargePointSetConfigurationRequestParam,
        ChargePointSetSecurityProfileRequestParam,
        ChargePointShareCreateRequestParam,
        ChargePointSharedPartnersSyncRequestParam,
        ChargePointSmartChargingOption4Param,
        ChargePointSmartChargingUpdateRequestOption1Param,
        ChargePointSmartChargingUpdateRequestOption2Param,
        ChargePointSmartChargingUpdateRequestOption3Param,
        ChargePointStartChargingSessionRequestParam,
        ChargePointStartChargingSessionWithoutEvseRequestParam,
        ChargePointStopChargingSessionRequestParam,
        ChargePointSyncConfigurationRequestParam,
        ChargePointTriggerMessageChargePointRequestParam,
        ChargePointUpdateDeprecatedRequestParam,
        ChargePointUpdateFirmwareRequestParam,
        ChargePointUpdateRequestParam,
        ChargePointsListingDeprecatedFilterParam,
        ChargePointsListingFilterParam,
        CustomFeesListingFilterParam,
        PersonalSmartChargingPreferencesOption7Param,
    )

__all__ = [
    "AsyncChargePointsResource",
    "AsyncChargePointsResourceWithRawResponse",
    "AsyncChargePointsResourceWithStreamingResponse",
    "ChargePointsResource",
    "ChargePointsResourceWithRawResponse",
    "ChargePointsResourceWithStreamingResponse",
]


class ChargePointsResource:
    """Synchronous operations of resource / charge points."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def available_personal_smart_charging_modes_listing(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[
        ChargePointAvailablePersonalSmartChargingModeItemOption1
        | ChargePointAvailablePersonalSmartChargingModeItemOption2
        | ChargePointAvailablePersonalSmartChargingModeItemOption3
        | ChargePointAvailablePersonalSmartChargingModeItemOption4
    ]:
        """Charge Point / Available personal smart charging modes / Listing

        Get all available personal smart charging modes

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/available-personal-smart-charging-modes`` (operationId ``chargePointAvailablePersonalSmartChargingModesListing``)
        """
        from ..models.charge_point_available_personal_smart_charging_mode_item_option1 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption1,
        )
        from ..models.charge_point_available_personal_smart_charging_mode_item_option2 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption2,
        )
        from ..models.charge_point_available_personal_smart_charging_mode_item_option3 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption3,
        )
        from ..models.charge_point_available_personal_smart_charging_mode_item_option4 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption4,
        )

        return self._client._request(
            OPERATIONS["chargePointAvailablePersonalSmartChargingModesListing"],
            list[
                ChargePointAvailablePersonalSmartChargingModeItemOption1
                | ChargePointAvailablePersonalSmartChargingModeItemOption2
                | ChargePointAvailablePersonalSmartChargingModeItemOption3
                | ChargePointAvailablePersonalSmartChargingModeItemOption4
            ],
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def change_availability(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointChangeAvailabilityRequest
            | ChargePointChangeAvailabilityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Availability

        change the availability to available or unavailable. A Charge Point is considered unavailable when it does not allow any charging.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-availability`` (operationId ``chargePointChangeAvailability``)
        """
        from ..models.charge_point_change_availability_request import (
            ChargePointChangeAvailabilityRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointChangeAvailability"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointChangeAvailabilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def change_owner(
        self,
        charge_point: int,
        *,
        body: ChargePointChangeOwnerRequest | ChargePointChangeOwnerRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Owner

        Change the owner of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-owner`` (operationId ``chargePointChangeOwner``)
        """
        from ..models.charge_point_change_owner_request import (
            ChargePointChangeOwnerRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointChangeOwner"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointChangeOwnerRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def change_sharing_code(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointChangeSharingCodeRequest
            | ChargePointChangeSharingCodeRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change sharing code

        Change sharing code for the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/change-sharing-code`` (operationId ``chargePointChangeSharingCode``)
        """
        from ..models.charge_point_change_sharing_code_request import (
            ChargePointChangeSharingCodeRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointChangeSharingCode"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointChangeSharingCodeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def chareg_point_share_delete(
        self,
        charge_point: int,
        share: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Share / Delete

        Delete an Share

        Args:
            charge_point: the chargePoint path parameter
            share: the share path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}`` (operationId ``charegPointShareDelete``)
        """
        return self._client._request(
            OPERATIONS["charegPointShareDelete"],
            None,
            path={"chargePoint": charge_point, "share": share},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def clear_charging_profile(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointClearChargingProfileRequest
            | ChargePointClearChargingProfileRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Clear Charging Profile

        If you are not using networkId and not passing other criteria in the body it will clear the charging profile for the charge point (ChargePointMaxProfile). If you are using evse_network_id you will clear the charging profile just for that evse (TxDefaultProfile)

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/clear-charging-profile`` (operationId ``chargePointClearChargingProfile``)
        """
        from ..models.charge_point_clear_charging_profile_request import (
            ChargePointClearChargingProfileRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointClearChargingProfile"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointClearChargingProfileRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def configuration_read(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Read

        Get a charge point's cached configuration for a single key

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationRead``)
        """
        from ..models.charge_point_configuration import ChargePointConfiguration

        return self._client._request(
            OPERATIONS["chargePointConfigurationRead"],
            ChargePointConfiguration,
            path={"chargePoint": charge_point, "key": key},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def configuration_read_deprecated(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointConfigurationItem:
        """Charge Point / Configuration / Read

        Get a charge point's cached configuration for a single key

        Deprecated. Use ``client.charge_points.configuration_read()`` instead.

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationReadDeprecated``)
        """
        from ..models.charge_point_configuration_item import (
            ChargePointConfigurationItem,
        )

        return self._client._request(
            OPERATIONS["chargePointConfigurationReadDeprecated"],
            ChargePointConfigurationItem,
            path={"chargePoint": charge_point, "key": key},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def configuration_update(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        body: (
            ChargePointConfigurationUpdateRequest
            | ChargePointConfigurationUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Update

        Update a charge point's configuration. The configuration is applied directly to the charge point and you will get response code 406 in case the application fails

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationUpdate``)
        """
        from ..models.charge_point_configuration import ChargePointConfiguration
        from ..models.charge_point_configuration_update_request import (
            ChargePointConfigurationUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointConfigurationUpdate"],
            ChargePointConfiguration,
            path={"chargePoint": charge_point, "key": key},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointConfigurationUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def configuration_update_deprecated(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        body: (
            ChargePointConfigurationUpdateRequest
            | ChargePointConfigurationUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Configuration / Update

        Update a charge point's configuration. The configuration is applied directly to the charge point and you will get response code 406 in case the application fails

        Deprecated. Use ``client.charge_points.configuration_update()`` instead.

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationUpdateDeprecated``)
        """
        from ..models.charge_point_configuration_update_request import (
            ChargePointConfigurationUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointConfigurationUpdateDeprecated"],
            None,
            path={"chargePoint": charge_point, "key": key},
            body=body,
            timeout=timeout,
            body_type=ChargePointConfigurationUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def configurations_listing(
        self,
        charge_point: int,
        *,
        filter: (
            ChargePointConfigurationsListingFilter
            | ChargePointConfigurationsListingFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[ChargePointConfiguration]:
        """Charge Point / Configurations / Listing

        Get a charge point's all cached configurations

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/configurations`` (operationId ``chargePointConfigurationsListing``)
        """
        from ..models.charge_point_configuration import ChargePointConfiguration
        from ..models.charge_point_configurations_listing_filter import (
            ChargePointConfigurationsListingFilter,
        )

        return self._client._request(
            OPERATIONS["chargePointConfigurationsListing"],
            list[ChargePointConfiguration],
            path={"chargePoint": charge_point},
            query={"filter": filter},
            unwrap="data",
            timeout=timeout,
            query_types={"filter": ChargePointConfigurationsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def configurations_listing_deprecated(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[ChargePointConfigurationItem]:
        """Charge Point / Configurations / Listing

        Get a charge point's all cached configurations

        Deprecated. Use ``client.charge_points.configurations_listing()`` instead.

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/configurations`` (operationId ``chargePointConfigurationsListingDeprecated``)
        """
        from ..models.charge_point_configuration_item import (
            ChargePointConfigurationItem,
        )

        return self._client._request(
            OPERATIONS["chargePointConfigurationsListingDeprecated"],
            list[ChargePointConfigurationItem],
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create(
        self,
        *,
        body: ChargePointCreateRequest | ChargePointCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Create

        Create new charge point

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0`` (operationId ``chargePointCreate``)
        """
        from ..models.charge_point import ChargePoint
        from ..models.charge_point_create_request import ChargePointCreateRequest

        return self._client._request(
            OPERATIONS["chargePointCreate"],
            ChargePoint,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: (
            ChargePointCreateDeprecatedRequest | ChargePointCreateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDeprecated:
        """Charge Point / Create

        Create new charge point

        Deprecated. Use ``client.charge_points.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v1.0`` (operationId ``chargePointCreateDeprecated``)
        """
        from ..models.charge_point_create_deprecated_request import (
            ChargePointCreateDeprecatedRequest,
        )
        from ..models.charge_point_deprecated import ChargePointDeprecated

        return self._client._request(
            OPERATIONS["chargePointCreateDeprecated"],
            ChargePointDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        charge_point: int,
        *,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point

        Args:
            charge_point: the chargePoint path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}`` (operationId ``chargePointDelete``)
        """
        return self._client._request(
            OPERATIONS["chargePointDelete"],
            None,
            path={"chargePoint": charge_point},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_certificate(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointDeleteCertificateRequest
            | ChargePointDeleteCertificateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete Certificate

        Delete certificate

        Args:
            charge_point: The ID of the charge point
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/delete-certificate`` (operationId ``chargePointDeleteCertificate``)
        """
        from ..models.charge_point_delete_certificate_request import (
            ChargePointDeleteCertificateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointDeleteCertificate"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointDeleteCertificateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_deprecated(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point

        Deprecated. Use ``client.charge_points.delete()`` instead.

        Args:
            charge_point: the chargePoint path parameter

        ``DELETE /public-api/resources/charge-points/v1.0/{chargePoint}`` (operationId ``chargePointDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["chargePointDeleteDeprecated"],
            None,
            path={"chargePoint": charge_point},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def disconnect(
        self,
        charge_point: int,
        *,
        body: ChargePointDisconnectRequest | ChargePointDisconnectRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDisconnectResponse:
        """Charge Point / Disconnect

        Disconnect a charge point

        Args:
            charge_point: The system ID of the charge point to disconnect
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/disconnect`` (operationId ``chargePointDisconnect``)
        """
        from ..models.charge_point_disconnect_request import (
            ChargePointDisconnectRequest,
        )
        from ..models.charge_point_disconnect_response import (
            ChargePointDisconnectResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointDisconnect"],
            ChargePointDisconnectResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointDisconnectRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def evse_connector_create(
        self,
        charge_point: int,
        evse: int,
        *,
        body: (
            ChargePointEvseConnectorCreateRequest
            | ChargePointEvseConnectorCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseConnector:
        """Charge Points / Evse / Connector / Create

        Create a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors`` (operationId ``chargePointEvseConnectorCreate``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector
        from ..models.charge_point_evse_connector_create_request import (
            ChargePointEvseConnectorCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointEvseConnectorCreate"],
            ChargePointEvseConnector,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseConnectorCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def evse_connector_delete(
        self,
        charge_point: int,
        evse: int,
        connector: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Points / Evse / Connector / Delete

        Delete a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            connector: the connector path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}`` (operationId ``chargePointEvseConnectorDelete``)
        """
        return self._client._request(
            OPERATIONS["chargePointEvseConnectorDelete"],
            None,
            path={"chargePoint": charge_point, "evse": evse, "connector": connector},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def evse_connector_read(
        self,
        charge_point: int,
        evse: int,
        connector: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseConnector:
        """Charge Points / Evse / Connector / Read

        Get a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            connector: the connector path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}`` (operationId ``chargePointEvseConnectorRead``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector

        return self._client._request(
            OPERATIONS["chargePointEvseConnectorRead"],
            ChargePointEvseConnector,
            path={"chargePoint": charge_point, "evse": evse, "connector": connector},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def evse_connector_update(
        self,
        charge_point: int,
        evse: int,
        connector: int,
        *,
        body: (
            ChargePointEvseConnectorUpdateRequest
            | ChargePointEvseConnectorUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseConnector:
        """Charge Points / Evse / Connector / Update

        Update a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            connector: the connector path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}`` (operationId ``chargePointEvseConnectorUpdate``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector
        from ..models.charge_point_evse_connector_update_request import (
            ChargePointEvseConnectorUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointEvseConnectorUpdate"],
            ChargePointEvseConnector,
            path={"chargePoint": charge_point, "evse": evse, "connector": connector},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseConnectorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def evse_connectors_listing(
        self,
        charge_point: int,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[ChargePointEvseConnector]:
        """Charge Point / Evse / Connectors / Listing

        Get a charge point evse's all connectors

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors`` (operationId ``chargePointEvseConnectorsListing``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector

        return self._client._request(
            OPERATIONS["chargePointEvseConnectorsListing"],
            list[ChargePointEvseConnector],
            path={"chargePoint": charge_point, "evse": evse},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def evse_create(
        self,
        charge_point: int,
        *,
        body: ChargePointEvseCreateRequest | ChargePointEvseCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvse:
        """Charge Point / EVSE / Create

        Create new EVSE within the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/evses`` (operationId ``chargePointEvseCreate``)
        """
        from ..models.charge_point_evse import ChargePointEvse
        from ..models.charge_point_evse_create_request import (
            ChargePointEvseCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointEvseCreate"],
            ChargePointEvse,
            path={"chargePoint": charge_point},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def evse_delete(
        self,
        charge_point: int,
        evse: int,
        *,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / EVSE / Delete

        Delete an EVSE

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}`` (operationId ``chargePointEvseDelete``)
        """
        return self._client._request(
            OPERATIONS["chargePointEvseDelete"],
            None,
            path={"chargePoint": charge_point, "evse": evse},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def evse_read(
        self,
        charge_point: int,
        evse: int,
        *,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvse:
        """Charge Point / EVSE / Read

        Get an EVSE from a Charge Point

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}`` (operationId ``chargePointEvseRead``)
        """
        from ..models.charge_point_evse import ChargePointEvse

        return self._client._request(
            OPERATIONS["chargePointEvseRead"],
            ChargePointEvse,
            path={"chargePoint": charge_point, "evse": evse},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def evse_unlock(
        self,
        charge_point: int,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseUnlockResponse:
        """Charge Point / EVSE / Unlock

        Unlock an EVSE

        Args:
            charge_point: the chargePoint path parameter
            evse: The networkID of the evse to be unlocked

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/unlock/{evse}`` (operationId ``chargePointEvseUnlock``)
        """
        from ..models.charge_point_evse_unlock_response import (
            ChargePointEvseUnlockResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointEvseUnlock"],
            ChargePointEvseUnlockResponse,
            path={"chargePoint": charge_point, "evse": evse},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def evse_update(
        self,
        charge_point: int,
        evse: int,
        *,
        body: ChargePointEvseUpdateRequest | ChargePointEvseUpdateRequestParam,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvse:
        """Charge Point / EVSE / Update

        Update an EVSE within the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}`` (operationId ``chargePointEvseUpdate``)
        """
        from ..models.charge_point_evse import ChargePointEvse
        from ..models.charge_point_evse_update_request import (
            ChargePointEvseUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointEvseUpdate"],
            ChargePointEvse,
            path={"chargePoint": charge_point, "evse": evse},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def evses_listing(
        self,
        charge_point: int,
        *,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointEvse]:
        """Charge Point / EVSEs / Listing

        Get all EVSEs of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses`` (operationId ``chargePointEvsesListing``)
        """
        from ..models.charge_point_evse import ChargePointEvse

        return self._client._paginate(
            OPERATIONS["chargePointEvsesListing"],
            ChargePointEvse,
            path={"chargePoint": charge_point},
            query={"include": include, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_charge_point_latest_hardware_status_log(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointHardwareStatusLog:
        """Charge Point / Latest Hardware Status Log

        Get the latest hardware status log entry for a charge point

        Args:
            charge_point: The ID of the charge point

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/latest-hardware-status-log`` (operationId ``getChargePointLatestHardwareStatusLog``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )

        return self._client._request(
            OPERATIONS["getChargePointLatestHardwareStatusLog"],
            ChargePointHardwareStatusLog,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_charge_point_latest_network_status_log(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointLatestNetworkStatusLog:
        """Charge Point / Latest Network Status Log

        Get the latest network status log entry for a charge point

        Args:
            charge_point: The ID of the charge point

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/latest-network-status-log`` (operationId ``getChargePointLatestNetworkStatusLog``)
        """
        from ..models.charge_point_latest_network_status_log import (
            ChargePointLatestNetworkStatusLog,
        )

        return self._client._request(
            OPERATIONS["getChargePointLatestNetworkStatusLog"],
            ChargePointLatestNetworkStatusLog,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_diagnostics(
        self,
        charge_point: int,
        *,
        body: ChargePointGetDiagnosticsRequest | ChargePointGetDiagnosticsRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointGetDiagnosticsResponse:
        """Charge Point / Get Diagnostics

        Request a get diagnostics upload from the charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/get-diagnostics`` (operationId ``chargePointGetDiagnostics``)
        """
        from ..models.charge_point_get_diagnostics_request import (
            ChargePointGetDiagnosticsRequest,
        )
        from ..models.charge_point_get_diagnostics_response import (
            ChargePointGetDiagnosticsResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointGetDiagnostics"],
            ChargePointGetDiagnosticsResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointGetDiagnosticsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_installed_certificate_ids(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointGetInstalledCertificateIdsRequest
            | ChargePointGetInstalledCertificateIdsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Get Installed Certificate IDs

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/sync-certificates`` (operationId ``chargePointGetInstalledCertificateIds``)
        """
        from ..models.charge_point_get_installed_certificate_ids_request import (
            ChargePointGetInstalledCertificateIdsRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointGetInstalledCertificateIds"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointGetInstalledCertificateIdsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_security_log(
        self,
        charge_point: int,
        *,
        body: ChargePointGetSecurityLogRequest | ChargePointGetSecurityLogRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointGetSecurityLogResult:
        """Charge Point / Get Security Log

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/get-security-log`` (operationId ``chargePointGetSecurityLog``)
        """
        from ..models.charge_point_get_security_log_request import (
            ChargePointGetSecurityLogRequest,
        )
        from ..models.charge_point_get_security_log_result import (
            ChargePointGetSecurityLogResult,
        )

        return self._client._request(
            OPERATIONS["chargePointGetSecurityLog"],
            ChargePointGetSecurityLogResult,
            path={"chargePoint": charge_point},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointGetSecurityLogRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def install_certificate(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointInstallCertificateRequest
            | ChargePointInstallCertificateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Install Certificate

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/install-certificate`` (operationId ``chargePointInstallCertificate``)
        """
        from ..models.charge_point_install_certificate_request import (
            ChargePointInstallCertificateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointInstallCertificate"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointInstallCertificateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_charge_point_hardware_status_logs(
        self,
        charge_point: int,
        *,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointHardwareStatusLog]:
        """Charge Point / Hardware Status Logs / Listing

        Get paginated list of hardware status logs for a charge point with optional date filtering

        Args:
            charge_point: The ID of the charge point
            filter: Filter options for status logs
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/hardware-status-logs`` (operationId ``listChargePointHardwareStatusLogs``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["listChargePointHardwareStatusLogs"],
            ChargePointHardwareStatusLog,
            path={"chargePoint": charge_point},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_charge_point_network_status_logs(
        self,
        charge_point: int,
        *,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointLatestNetworkStatusLog]:
        """Charge Point / Network Status Logs / Listing

        Get paginated list of network status logs for a charge point with optional date filtering

        Args:
            charge_point: The ID of the charge point
            filter: Filter options for status logs
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/network-status-logs`` (operationId ``listChargePointNetworkStatusLogs``)
        """
        from ..models.charge_point_latest_network_status_log import (
            ChargePointLatestNetworkStatusLog,
        )
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["listChargePointNetworkStatusLogs"],
            ChargePointLatestNetworkStatusLog,
            path={"chargePoint": charge_point},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            ChargePointsListingFilter | ChargePointsListingFilterParam | None
        ) = None,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePoint]:
        """Charge Points / Listing

        Get all charge points

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0`` (operationId ``chargePointsListing``)
        """
        from ..models.charge_point import ChargePoint
        from ..models.charge_points_listing_filter import ChargePointsListingFilter

        return self._client._paginate(
            OPERATIONS["chargePointsListing"],
            ChargePoint,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": ChargePointsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            ChargePointsListingDeprecatedFilter
            | ChargePointsListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointDeprecated]:
        """Charge Points / Listing

        Get all charge points

        Deprecated. Use ``client.charge_points.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/charge-points/v1.0`` (operationId ``chargePointsListingDeprecated``)
        """
        from ..models.charge_point_deprecated import ChargePointDeprecated
        from ..models.charge_points_listing_deprecated_filter import (
            ChargePointsListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointsListingDeprecated"],
            ChargePointDeprecated,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": ChargePointsListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def move_evses_to_satellite(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointMoveEvsesToSatelliteRequest
            | ChargePointMoveEvsesToSatelliteRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Move EVSEs to Satellite

        Move one or more EVSEs from this charge point to a satellite charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/move-evses-to-satellite`` (operationId ``chargePointMoveEvsesToSatellite``)
        """
        from ..models.charge_point_move_evses_to_satellite_request import (
            ChargePointMoveEvsesToSatelliteRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointMoveEvsesToSatellite"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointMoveEvsesToSatelliteRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def personal_smart_charging_preferences_read(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        ChargePointPersonalSmartChargingPreferencesOption1
        | ChargePointPersonalSmartChargingPreferencesOption2
        | ChargePointPersonalSmartChargingPreferencesOption3
        | ChargePointPersonalSmartChargingPreferencesOption4
        | ChargePointPersonalSmartChargingPreferencesOption5
        | ChargePointPersonalSmartChargingPreferencesOption6
    ):
        """Charge Point / Personal smart charging preferences / Read

        Get personal smart charging preferences of the charge point

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences`` (operationId ``chargePointPersonalSmartChargingPreferencesRead``)
        """
        from ..models.charge_point_personal_smart_charging_preferences_option1 import (
            ChargePointPersonalSmartChargingPreferencesOption1,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option2 import (
            ChargePointPersonalSmartChargingPreferencesOption2,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option3 import (
            ChargePointPersonalSmartChargingPreferencesOption3,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option4 import (
            ChargePointPersonalSmartChargingPreferencesOption4,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option5 import (
            ChargePointPersonalSmartChargingPreferencesOption5,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option6 import (
            ChargePointPersonalSmartChargingPreferencesOption6,
        )

        return cast(
            ChargePointPersonalSmartChargingPreferencesOption1
            | ChargePointPersonalSmartChargingPreferencesOption2
            | ChargePointPersonalSmartChargingPreferencesOption3
            | ChargePointPersonalSmartChargingPreferencesOption4
            | ChargePointPersonalSmartChargingPreferencesOption5
            | ChargePointPersonalSmartChargingPreferencesOption6,
            self._client._request(
                OPERATIONS["chargePointPersonalSmartChargingPreferencesRead"],
                ChargePointPersonalSmartChargingPreferencesOption1
                | ChargePointPersonalSmartChargingPreferencesOption2
                | ChargePointPersonalSmartChargingPreferencesOption3
                | ChargePointPersonalSmartChargingPreferencesOption4
                | ChargePointPersonalSmartChargingPreferencesOption5
                | ChargePointPersonalSmartChargingPreferencesOption6,
                path={"chargePoint": charge_point},
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def personal_smart_charging_preferences_update(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointPersonalSmartChargingPreferencesOption1
            | ChargePointPersonalSmartChargingPreferencesOption1Param
            | ChargePointPersonalSmartChargingPreferencesOption2
            | ChargePointPersonalSmartChargingPreferencesOption2Param
            | ChargePointPersonalSmartChargingPreferencesOption3
            | ChargePointPersonalSmartChargingPreferencesOption3Param
            | ChargePointPersonalSmartChargingPreferencesOption4
            | ChargePointPersonalSmartChargingPreferencesOption4Param
            | ChargePointPersonalSmartChargingPreferencesOption5
            | ChargePointPersonalSmartChargingPreferencesOption5Param
            | ChargePointPersonalSmartChargingPreferencesOption6
            | ChargePointPersonalSmartChargingPreferencesOption6Param
            | PersonalSmartChargingPreferencesOption7
            | PersonalSmartChargingPreferencesOption7Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        ChargePointPersonalSmartChargingPreferencesOption1
        | ChargePointPersonalSmartChargingPreferencesOption2
        | ChargePointPersonalSmartChargingPreferencesOption3
        | ChargePointPersonalSmartChargingPreferencesOption4
        | ChargePointPersonalSmartChargingPreferencesOption5
        | ChargePointPersonalSmartChargingPreferencesOption6
        | PersonalSmartChargingPreferencesOption7
    ):
        """Charge Point / Personal smart charging preferences / Update

        Update personal smart charging preferences

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences`` (operationId ``personalSmartChargingPreferencesUpdate``)
        """
        from ..models.charge_point_personal_smart_charging_preferences_option1 import (
            ChargePointPersonalSmartChargingPreferencesOption1,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option2 import (
            ChargePointPersonalSmartChargingPreferencesOption2,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option3 import (
            ChargePointPersonalSmartChargingPreferencesOption3,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option4 import (
            ChargePointPersonalSmartChargingPreferencesOption4,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option5 import (
            ChargePointPersonalSmartChargingPreferencesOption5,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option6 import (
            ChargePointPersonalSmartChargingPreferencesOption6,
        )
        from ..models.personal_smart_charging_preferences_option7 import (
            PersonalSmartChargingPreferencesOption7,
        )

        return cast(
            ChargePointPersonalSmartChargingPreferencesOption1
            | ChargePointPersonalSmartChargingPreferencesOption2
            | ChargePointPersonalSmartChargingPreferencesOption3
            | ChargePointPersonalSmartChargingPreferencesOption4
            | ChargePointPersonalSmartChargingPreferencesOption5
            | ChargePointPersonalSmartChargingPreferencesOption6
            | PersonalSmartChargingPreferencesOption7,
            self._client._request(
                OPERATIONS["personalSmartChargingPreferencesUpdate"],
                ChargePointPersonalSmartChargingPreferencesOption1
                | ChargePointPersonalSmartChargingPreferencesOption2
                | ChargePointPersonalSmartChargingPreferencesOption3
                | ChargePointPersonalSmartChargingPreferencesOption4
                | ChargePointPersonalSmartChargingPreferencesOption5
                | ChargePointPersonalSmartChargingPreferencesOption6
                | PersonalSmartChargingPreferencesOption7,
                path={"chargePoint": charge_point},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def read(
        self,
        charge_point: int,
        *,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a charge point

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}`` (operationId ``chargePointRead``)
        """
        from ..models.charge_point import ChargePoint

        return self._client._request(
            OPERATIONS["chargePointRead"],
            ChargePoint,
            path={"chargePoint": charge_point},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDeprecated:
        """Charge Point / Read

        Get a charge point

        Deprecated. Use ``client.charge_points.read()`` instead.

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}`` (operationId ``chargePointReadDeprecated``)
        """
        from ..models.charge_point_deprecated import ChargePointDeprecated

        return self._client._request(
            OPERATIONS["chargePointReadDeprecated"],
            ChargePointDeprecated,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def reserve(
        self,
        charge_point: int,
        evse: int,
        *,
        body: (
            ChargePointReserveRequest | ChargePointReserveRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointReserveResponse:
        """Charge Point / Reserve

        Reserve an evse

        Args:
            charge_point: the chargePoint path parameter
            evse: The Network ID of the evse to reserve
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reserve/{evse}`` (operationId ``chargePointReserve``)
        """
        from ..models.charge_point_reserve_request import ChargePointReserveRequest
        from ..models.charge_point_reserve_response import ChargePointReserveResponse

        return self._client._request(
            OPERATIONS["chargePointReserve"],
            ChargePointReserveResponse,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointReserveRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def reset(
        self,
        charge_point: int,
        type: ChargePointResetType | ChargePointResetTypeLiteral,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseUnlockResponse:
        """Charge Point / Reset

        Reset a charge point

        Args:
            charge_point: the chargePoint path parameter
            type: the type path parameter

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}`` (operationId ``chargePointReset``)
        """
        from ..models.charge_point_evse_unlock_response import (
            ChargePointEvseUnlockResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointReset"],
            ChargePointEvseUnlockResponse,
            path={"chargePoint": charge_point, "type": type},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def reset_security_profile(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Reset Security Profile

        Reset the current security profile of the charge point in the backend. The next time the charge point connects, the backend will accept the connection and update the current security profile with the one that the charge point actually used to establish the connection

        Args:
            charge_point: the chargePoint path parameter

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset-security-profile`` (operationId ``chargePointResetSecurityProfile``)
        """
        return self._client._request(
            OPERATIONS["chargePointResetSecurityProfile"],
            None,
            path={"chargePoint": charge_point},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def send_data_transfer(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSendDataTransferRequest | ChargePointSendDataTransferRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointSendDataTransferResponse:
        """Charge Point / Send Data Transfer

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/send-data-transfer`` (operationId ``chargePointSendDataTransfer``)
        """
        from ..models.charge_point_send_data_transfer_request import (
            ChargePointSendDataTransferRequest,
        )
        from ..models.charge_point_send_data_transfer_response import (
            ChargePointSendDataTransferResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointSendDataTransfer"],
            ChargePointSendDataTransferResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSendDataTransferRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        body: (
            ChargePointSetChargingProfileRequest
            | ChargePointSetChargingProfileRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointSetChargingProfileResult:
        """Charge Point / Set Charging Profile

        Set a smart charging profile

        Args:
            charge_point: the chargePoint path parameter
            evse_network_id: set to 0 to mean \"the charge point itself\"
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}`` (operationId ``chargePointSetChargingProfile``)
        """
        from ..models.charge_point_set_charging_profile_request import (
            ChargePointSetChargingProfileRequest,
        )
        from ..models.charge_point_set_charging_profile_result import (
            ChargePointSetChargingProfileResult,
        )

        return self._client._request(
            OPERATIONS["chargePointSetChargingProfile"],
            ChargePointSetChargingProfileResult,
            path={"chargePoint": charge_point, "evseNetworkId": evse_network_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointSetChargingProfileRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def set_configuration(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSetConfigurationRequest | ChargePointSetConfigurationRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Set Configuration

        Set Configuration for the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/set-configuration`` (operationId ``chargePointSetConfiguration``)
        """
        from ..models.charge_point_set_configuration_request import (
            ChargePointSetConfigurationRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointSetConfiguration"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSetConfigurationRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def set_security_profile(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSetSecurityProfileRequest
            | ChargePointSetSecurityProfileRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseUnlockResponse:
        """Charge Point / Set Security Profile

        Set the security profile of the charge point. This operation installs Amazon root certificates (RSA & EC) and attempts to raise the security profile to the specified level. Only allows raising the profile (transitions 0→1, 0→2, 1→2), not lowering it.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/set-security-profile`` (operationId ``chargePointSetSecurityProfile``)
        """
        from ..models.charge_point_evse_unlock_response import (
            ChargePointEvseUnlockResponse,
        )
        from ..models.charge_point_set_security_profile_request import (
            ChargePointSetSecurityProfileRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointSetSecurityProfile"],
            ChargePointEvseUnlockResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSetSecurityProfileRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def share_create(
        self,
        charge_point: int,
        *,
        body: ChargePointShareCreateRequest | ChargePointShareCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointShare:
        """Charge Point / Share / Create

        Create new Share within the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/shares`` (operationId ``chargePointShareCreate``)
        """
        from ..models.charge_point_share import ChargePointShare
        from ..models.charge_point_share_create_request import (
            ChargePointShareCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointShareCreate"],
            ChargePointShare,
            path={"chargePoint": charge_point},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointShareCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def share_read(
        self,
        charge_point: int,
        share: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointShare:
        """Charge Point / Share / Read

        Get an Share from a Charge Point

        Args:
            charge_point: the chargePoint path parameter
            share: the share path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}`` (operationId ``chargePointShareRead``)
        """
        from ..models.charge_point_share import ChargePointShare

        return self._client._request(
            OPERATIONS["chargePointShareRead"],
            ChargePointShare,
            path={"chargePoint": charge_point, "share": share},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def shared_partners_listing(
        self,
        charge_point: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointSharedPartner]:
        """Charge Point / Shared Partners / Listing

        Get all Shared Partners of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners`` (operationId ``chargePointSharedPartnersListing``)
        """
        from ..models.charge_point_shared_partner import ChargePointSharedPartner

        return self._client._paginate(
            OPERATIONS["chargePointSharedPartnersListing"],
            ChargePointSharedPartner,
            path={"chargePoint": charge_point},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def shared_partners_sync(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSharedPartnersSyncRequest
            | ChargePointSharedPartnersSyncRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Shared Partners / Update

        Set the Shared Partners of the Charge Point. Attach Shared Partners within the Charge Point. The charge point must have an owner associated and its `access_type` must be `private`. Grants access to this Partner to the charge point. This allows their invited users with access to private CPs to also access this CP. It also gives view-only access to the selected Partner's admins to this CP.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners`` (operationId ``chargePointSharedPartnersSync``)
        """
        from ..models.charge_point_shared_partners_sync_request import (
            ChargePointSharedPartnersSyncRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointSharedPartnersSync"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSharedPartnersSyncRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def shares_listing(
        self,
        charge_point: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointShare]:
        """Charge Point / Shares / Listing

        Get all Shares of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shares`` (operationId ``chargePointSharesListing``)
        """
        from ..models.charge_point_share import ChargePointShare

        return self._client._paginate(
            OPERATIONS["chargePointSharesListing"],
            ChargePointShare,
            path={"chargePoint": charge_point},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def smart_charging_update(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSmartChargingUpdateRequestOption1
            | ChargePointSmartChargingUpdateRequestOption1Param
            | ChargePointSmartChargingUpdateRequestOption2
            | ChargePointSmartChargingUpdateRequestOption2Param
            | ChargePointSmartChargingUpdateRequestOption3
            | ChargePointSmartChargingUpdateRequestOption3Param
            | ChargePointSmartChargingOption4
            | ChargePointSmartChargingOption4Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        ChargePointSmartChargingOption1
        | ChargePointSmartChargingOption2
        | ChargePointSmartChargingOption3
        | ChargePointSmartChargingOption4
    ):
        """Charge Point / Smart Charging / Update

        Update smart charging details for the charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging`` (operationId ``chargePointSmartChargingUpdate``)
        """
        from ..models.charge_point_smart_charging_option1 import (
            ChargePointSmartChargingOption1,
        )
        from ..models.charge_point_smart_charging_option2 import (
            ChargePointSmartChargingOption2,
        )
        from ..models.charge_point_smart_charging_option3 import (
            ChargePointSmartChargingOption3,
        )
        from ..models.charge_point_smart_charging_option4 import (
            ChargePointSmartChargingOption4,
        )

        return cast(
            ChargePointSmartChargingOption1
            | ChargePointSmartChargingOption2
            | ChargePointSmartChargingOption3
            | ChargePointSmartChargingOption4,
            self._client._request(
                OPERATIONS["chargePointSmartChargingUpdate"],
                ChargePointSmartChargingOption1
                | ChargePointSmartChargingOption2
                | ChargePointSmartChargingOption3
                | ChargePointSmartChargingOption4,
                path={"chargePoint": charge_point},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def start_charging_session(
        self,
        charge_point: int,
        evse: int,
        *,
        body: (
            ChargePointStartChargingSessionRequest
            | ChargePointStartChargingSessionRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStartChargingSessionResponse:
        """Charge Point / Start Charging Session

        Start a charging session

        Args:
            charge_point: the chargePoint path parameter
            evse: The networkID of the evse to start a session on
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/start/{evse}`` (operationId ``chargePointStartChargingSession``)
        """
        from ..models.charge_point_start_charging_session_request import (
            ChargePointStartChargingSessionRequest,
        )
        from ..models.charge_point_start_charging_session_response import (
            ChargePointStartChargingSessionResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointStartChargingSession"],
            ChargePointStartChargingSessionResponse,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointStartChargingSessionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def start_charging_session_without_evse(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointStartChargingSessionWithoutEvseRequest
            | ChargePointStartChargingSessionWithoutEvseRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStartChargingSessionWithoutEvseResponse:
        """Charge Point / Start Charging Session Without EVSE

        Start a charging session

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/start`` (operationId ``chargePointStartChargingSessionWithoutEvse``)
        """
        from ..models.charge_point_start_charging_session_without_evse_request import (
            ChargePointStartChargingSessionWithoutEvseRequest,
        )
        from ..models.charge_point_start_charging_session_without_evse_response import (
            ChargePointStartChargingSessionWithoutEvseResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointStartChargingSessionWithoutEvse"],
            ChargePointStartChargingSessionWithoutEvseResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointStartChargingSessionWithoutEvseRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def status_read(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStatus:
        """Charge Point / Status / Read

        Get a charge point's status

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/status`` (operationId ``chargePointStatusRead``)
        """
        from ..models.charge_point_status import ChargePointStatus

        return self._client._request(
            OPERATIONS["chargePointStatusRead"],
            ChargePointStatus,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def stop_charging_session(
        self,
        charge_point: int,
        session: int,
        *,
        body: (
            ChargePointStopChargingSessionRequest
            | ChargePointStopChargingSessionRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Stop Charging Session

        Stop a charging session

        Args:
            charge_point: the chargePoint path parameter
            session: the session path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/stop/{session}`` (operationId ``chargePointStopChargingSession``)
        """
        from ..models.charge_point_stop_charging_session_request import (
            ChargePointStopChargingSessionRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointStopChargingSession"],
            None,
            path={"chargePoint": charge_point, "session": session},
            body=body,
            timeout=timeout,
            body_type=ChargePointStopChargingSessionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def sync_configuration(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSyncConfigurationRequest
            | ChargePointSyncConfigurationRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointSyncConfigurationResponse:
        """Charge Point / Sync Configuration

        Send a partial or full sync configuration request to the chargepoint. You will get back a requerstId that you can monitor the status of using the ChargePointSyncConfigurationNotification. Please note that calling this action should not be required, as each time the charge point boots the configuration is automatically synced. Under normal conditions it should be impossible for a configuration key to change at runtime without the central systems request.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/sync-configuration`` (operationId ``chargePointSyncConfiguration``)
        """
        from ..models.charge_point_sync_configuration_request import (
            ChargePointSyncConfigurationRequest,
        )
        from ..models.charge_point_sync_configuration_response import (
            ChargePointSyncConfigurationResponse,
        )

        return self._client._request(
            OPERATIONS["chargePointSyncConfiguration"],
            ChargePointSyncConfigurationResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSyncConfigurationRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def trigger_message_charge_point(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointTriggerMessageChargePointRequest
            | ChargePointTriggerMessageChargePointRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Trigger Message Charge Point

        Trigger message to given Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/trigger-message`` (operationId ``chargePointTriggerMessageChargePoint``)
        """
        from ..models.charge_point_trigger_message_charge_point_request import (
            ChargePointTriggerMessageChargePointRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointTriggerMessageChargePoint"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointTriggerMessageChargePointRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        charge_point: int,
        *,
        body: ChargePointUpdateRequest | ChargePointUpdateRequestParam,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Update

        Update a charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}`` (operationId ``chargePointUpdate``)
        """
        from ..models.charge_point import ChargePoint
        from ..models.charge_point_update_request import ChargePointUpdateRequest

        return self._client._request(
            OPERATIONS["chargePointUpdate"],
            ChargePoint,
            path={"chargePoint": charge_point},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointUpdateDeprecatedRequest | ChargePointUpdateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDeprecated:
        """Charge Point / Update

        Update a charge point

        Deprecated. Use ``client.charge_points.update()`` instead.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v1.0/{chargePoint}`` (operationId ``chargePointUpdateDeprecated``)
        """
        from ..models.charge_point_deprecated import ChargePointDeprecated
        from ..models.charge_point_update_deprecated_request import (
            ChargePointUpdateDeprecatedRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointUpdateDeprecated"],
            ChargePointDeprecated,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_firmware(
        self,
        charge_point: int,
        *,
        body: ChargePointUpdateFirmwareRequest | ChargePointUpdateFirmwareRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Update Firmware

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/update-firmware`` (operationId ``chargePointUpdateFirmware``)
        """
        from ..models.charge_point_update_firmware_request import (
            ChargePointUpdateFirmwareRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointUpdateFirmware"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointUpdateFirmwareRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncChargePointsResource:
    """Asynchronous operations of resource / charge points."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def available_personal_smart_charging_modes_listing(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[
        ChargePointAvailablePersonalSmartChargingModeItemOption1
        | ChargePointAvailablePersonalSmartChargingModeItemOption2
        | ChargePointAvailablePersonalSmartChargingModeItemOption3
        | ChargePointAvailablePersonalSmartChargingModeItemOption4
    ]:
        """Charge Point / Available personal smart charging modes / Listing

        Get all available personal smart charging modes

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/available-personal-smart-charging-modes`` (operationId ``chargePointAvailablePersonalSmartChargingModesListing``)
        """
        from ..models.charge_point_available_personal_smart_charging_mode_item_option1 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption1,
        )
        from ..models.charge_point_available_personal_smart_charging_mode_item_option2 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption2,
        )
        from ..models.charge_point_available_personal_smart_charging_mode_item_option3 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption3,
        )
        from ..models.charge_point_available_personal_smart_charging_mode_item_option4 import (
            ChargePointAvailablePersonalSmartChargingModeItemOption4,
        )

        return await self._client._request(
            OPERATIONS["chargePointAvailablePersonalSmartChargingModesListing"],
            list[
                ChargePointAvailablePersonalSmartChargingModeItemOption1
                | ChargePointAvailablePersonalSmartChargingModeItemOption2
                | ChargePointAvailablePersonalSmartChargingModeItemOption3
                | ChargePointAvailablePersonalSmartChargingModeItemOption4
            ],
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def change_availability(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointChangeAvailabilityRequest
            | ChargePointChangeAvailabilityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Availability

        change the availability to available or unavailable. A Charge Point is considered unavailable when it does not allow any charging.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-availability`` (operationId ``chargePointChangeAvailability``)
        """
        from ..models.charge_point_change_availability_request import (
            ChargePointChangeAvailabilityRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointChangeAvailability"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointChangeAvailabilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def change_owner(
        self,
        charge_point: int,
        *,
        body: ChargePointChangeOwnerRequest | ChargePointChangeOwnerRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Owner

        Change the owner of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-owner`` (operationId ``chargePointChangeOwner``)
        """
        from ..models.charge_point_change_owner_request import (
            ChargePointChangeOwnerRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointChangeOwner"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointChangeOwnerRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def change_sharing_code(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointChangeSharingCodeRequest
            | ChargePointChangeSharingCodeRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change sharing code

        Change sharing code for the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/change-sharing-code`` (operationId ``chargePointChangeSharingCode``)
        """
        from ..models.charge_point_change_sharing_code_request import (
            ChargePointChangeSharingCodeRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointChangeSharingCode"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointChangeSharingCodeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def chareg_point_share_delete(
        self,
        charge_point: int,
        share: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Share / Delete

        Delete an Share

        Args:
            charge_point: the chargePoint path parameter
            share: the share path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}`` (operationId ``charegPointShareDelete``)
        """
        return await self._client._request(
            OPERATIONS["charegPointShareDelete"],
            None,
            path={"chargePoint": charge_point, "share": share},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def clear_charging_profile(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointClearChargingProfileRequest
            | ChargePointClearChargingProfileRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Clear Charging Profile

        If you are not using networkId and not passing other criteria in the body it will clear the charging profile for the charge point (ChargePointMaxProfile). If you are using evse_network_id you will clear the charging profile just for that evse (TxDefaultProfile)

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/clear-charging-profile`` (operationId ``chargePointClearChargingProfile``)
        """
        from ..models.charge_point_clear_charging_profile_request import (
            ChargePointClearChargingProfileRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointClearChargingProfile"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointClearChargingProfileRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def configuration_read(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Read

        Get a charge point's cached configuration for a single key

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationRead``)
        """
        from ..models.charge_point_configuration import ChargePointConfiguration

        return await self._client._request(
            OPERATIONS["chargePointConfigurationRead"],
            ChargePointConfiguration,
            path={"chargePoint": charge_point, "key": key},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def configuration_read_deprecated(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointConfigurationItem:
        """Charge Point / Configuration / Read

        Get a charge point's cached configuration for a single key

        Deprecated. Use ``client.charge_points.configuration_read()`` instead.

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationReadDeprecated``)
        """
        from ..models.charge_point_configuration_item import (
            ChargePointConfigurationItem,
        )

        return await self._client._request(
            OPERATIONS["chargePointConfigurationReadDeprecated"],
            ChargePointConfigurationItem,
            path={"chargePoint": charge_point, "key": key},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def configuration_update(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        body: (
            ChargePointConfigurationUpdateRequest
            | ChargePointConfigurationUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Update

        Update a charge point's configuration. The configuration is applied directly to the charge point and you will get response code 406 in case the application fails

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationUpdate``)
        """
        from ..models.charge_point_configuration import ChargePointConfiguration
        from ..models.charge_point_configuration_update_request import (
            ChargePointConfigurationUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointConfigurationUpdate"],
            ChargePointConfiguration,
            path={"chargePoint": charge_point, "key": key},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointConfigurationUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def configuration_update_deprecated(
        self,
        charge_point: int,
        key: (
            ChargePointConfigurationReadKeyOption1
            | ChargePointConfigurationReadKeyOption1Literal
            | str
        ),
        *,
        body: (
            ChargePointConfigurationUpdateRequest
            | ChargePointConfigurationUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Configuration / Update

        Update a charge point's configuration. The configuration is applied directly to the charge point and you will get response code 406 in case the application fails

        Deprecated. Use ``client.charge_points.configuration_update()`` instead.

        Args:
            charge_point: the chargePoint path parameter
            key: the key path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v1.0/{chargePoint}/configurations/{key}`` (operationId ``chargePointConfigurationUpdateDeprecated``)
        """
        from ..models.charge_point_configuration_update_request import (
            ChargePointConfigurationUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointConfigurationUpdateDeprecated"],
            None,
            path={"chargePoint": charge_point, "key": key},
            body=body,
            timeout=timeout,
            body_type=ChargePointConfigurationUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def configurations_listing(
        self,
        charge_point: int,
        *,
        filter: (
            ChargePointConfigurationsListingFilter
            | ChargePointConfigurationsListingFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[ChargePointConfiguration]:
        """Charge Point / Configurations / Listing

        Get a charge point's all cached configurations

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/configurations`` (operationId ``chargePointConfigurationsListing``)
        """
        from ..models.charge_point_configuration import ChargePointConfiguration
        from ..models.charge_point_configurations_listing_filter import (
            ChargePointConfigurationsListingFilter,
        )

        return await self._client._request(
            OPERATIONS["chargePointConfigurationsListing"],
            list[ChargePointConfiguration],
            path={"chargePoint": charge_point},
            query={"filter": filter},
            unwrap="data",
            timeout=timeout,
            query_types={"filter": ChargePointConfigurationsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def configurations_listing_deprecated(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[ChargePointConfigurationItem]:
        """Charge Point / Configurations / Listing

        Get a charge point's all cached configurations

        Deprecated. Use ``client.charge_points.configurations_listing()`` instead.

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/configurations`` (operationId ``chargePointConfigurationsListingDeprecated``)
        """
        from ..models.charge_point_configuration_item import (
            ChargePointConfigurationItem,
        )

        return await self._client._request(
            OPERATIONS["chargePointConfigurationsListingDeprecated"],
            list[ChargePointConfigurationItem],
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create(
        self,
        *,
        body: ChargePointCreateRequest | ChargePointCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Create

        Create new charge point

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0`` (operationId ``chargePointCreate``)
        """
        from ..models.charge_point import ChargePoint
        from ..models.charge_point_create_request import ChargePointCreateRequest

        return await self._client._request(
            OPERATIONS["chargePointCreate"],
            ChargePoint,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: (
            ChargePointCreateDeprecatedRequest | ChargePointCreateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDeprecated:
        """Charge Point / Create

        Create new charge point

        Deprecated. Use ``client.charge_points.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v1.0`` (operationId ``chargePointCreateDeprecated``)
        """
        from ..models.charge_point_create_deprecated_request import (
            ChargePointCreateDeprecatedRequest,
        )
        from ..models.charge_point_deprecated import ChargePointDeprecated

        return await self._client._request(
            OPERATIONS["chargePointCreateDeprecated"],
            ChargePointDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        charge_point: int,
        *,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point

        Args:
            charge_point: the chargePoint path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}`` (operationId ``chargePointDelete``)
        """
        return await self._client._request(
            OPERATIONS["chargePointDelete"],
            None,
            path={"chargePoint": charge_point},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_certificate(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointDeleteCertificateRequest
            | ChargePointDeleteCertificateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete Certificate

        Delete certificate

        Args:
            charge_point: The ID of the charge point
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/delete-certificate`` (operationId ``chargePointDeleteCertificate``)
        """
        from ..models.charge_point_delete_certificate_request import (
            ChargePointDeleteCertificateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointDeleteCertificate"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointDeleteCertificateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_deprecated(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point

        Deprecated. Use ``client.charge_points.delete()`` instead.

        Args:
            charge_point: the chargePoint path parameter

        ``DELETE /public-api/resources/charge-points/v1.0/{chargePoint}`` (operationId ``chargePointDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["chargePointDeleteDeprecated"],
            None,
            path={"chargePoint": charge_point},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def disconnect(
        self,
        charge_point: int,
        *,
        body: ChargePointDisconnectRequest | ChargePointDisconnectRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDisconnectResponse:
        """Charge Point / Disconnect

        Disconnect a charge point

        Args:
            charge_point: The system ID of the charge point to disconnect
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/disconnect`` (operationId ``chargePointDisconnect``)
        """
        from ..models.charge_point_disconnect_request import (
            ChargePointDisconnectRequest,
        )
        from ..models.charge_point_disconnect_response import (
            ChargePointDisconnectResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointDisconnect"],
            ChargePointDisconnectResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointDisconnectRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def evse_connector_create(
        self,
        charge_point: int,
        evse: int,
        *,
        body: (
            ChargePointEvseConnectorCreateRequest
            | ChargePointEvseConnectorCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseConnector:
        """Charge Points / Evse / Connector / Create

        Create a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors`` (operationId ``chargePointEvseConnectorCreate``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector
        from ..models.charge_point_evse_connector_create_request import (
            ChargePointEvseConnectorCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointEvseConnectorCreate"],
            ChargePointEvseConnector,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseConnectorCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def evse_connector_delete(
        self,
        charge_point: int,
        evse: int,
        connector: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Points / Evse / Connector / Delete

        Delete a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            connector: the connector path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}`` (operationId ``chargePointEvseConnectorDelete``)
        """
        return await self._client._request(
            OPERATIONS["chargePointEvseConnectorDelete"],
            None,
            path={"chargePoint": charge_point, "evse": evse, "connector": connector},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def evse_connector_read(
        self,
        charge_point: int,
        evse: int,
        connector: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseConnector:
        """Charge Points / Evse / Connector / Read

        Get a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            connector: the connector path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}`` (operationId ``chargePointEvseConnectorRead``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector

        return await self._client._request(
            OPERATIONS["chargePointEvseConnectorRead"],
            ChargePointEvseConnector,
            path={"chargePoint": charge_point, "evse": evse, "connector": connector},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def evse_connector_update(
        self,
        charge_point: int,
        evse: int,
        connector: int,
        *,
        body: (
            ChargePointEvseConnectorUpdateRequest
            | ChargePointEvseConnectorUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseConnector:
        """Charge Points / Evse / Connector / Update

        Update a charge point evse's connector

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            connector: the connector path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}`` (operationId ``chargePointEvseConnectorUpdate``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector
        from ..models.charge_point_evse_connector_update_request import (
            ChargePointEvseConnectorUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointEvseConnectorUpdate"],
            ChargePointEvseConnector,
            path={"chargePoint": charge_point, "evse": evse, "connector": connector},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseConnectorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def evse_connectors_listing(
        self,
        charge_point: int,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[ChargePointEvseConnector]:
        """Charge Point / Evse / Connectors / Listing

        Get a charge point evse's all connectors

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors`` (operationId ``chargePointEvseConnectorsListing``)
        """
        from ..models.charge_point_evse_connector import ChargePointEvseConnector

        return await self._client._request(
            OPERATIONS["chargePointEvseConnectorsListing"],
            list[ChargePointEvseConnector],
            path={"chargePoint": charge_point, "evse": evse},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def evse_create(
        self,
        charge_point: int,
        *,
        body: ChargePointEvseCreateRequest | ChargePointEvseCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvse:
        """Charge Point / EVSE / Create

        Create new EVSE within the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/evses`` (operationId ``chargePointEvseCreate``)
        """
        from ..models.charge_point_evse import ChargePointEvse
        from ..models.charge_point_evse_create_request import (
            ChargePointEvseCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointEvseCreate"],
            ChargePointEvse,
            path={"chargePoint": charge_point},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def evse_delete(
        self,
        charge_point: int,
        evse: int,
        *,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / EVSE / Delete

        Delete an EVSE

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter

        ``DELETE /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}`` (operationId ``chargePointEvseDelete``)
        """
        return await self._client._request(
            OPERATIONS["chargePointEvseDelete"],
            None,
            path={"chargePoint": charge_point, "evse": evse},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def evse_read(
        self,
        charge_point: int,
        evse: int,
        *,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvse:
        """Charge Point / EVSE / Read

        Get an EVSE from a Charge Point

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}`` (operationId ``chargePointEvseRead``)
        """
        from ..models.charge_point_evse import ChargePointEvse

        return await self._client._request(
            OPERATIONS["chargePointEvseRead"],
            ChargePointEvse,
            path={"chargePoint": charge_point, "evse": evse},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def evse_unlock(
        self,
        charge_point: int,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseUnlockResponse:
        """Charge Point / EVSE / Unlock

        Unlock an EVSE

        Args:
            charge_point: the chargePoint path parameter
            evse: The networkID of the evse to be unlocked

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/unlock/{evse}`` (operationId ``chargePointEvseUnlock``)
        """
        from ..models.charge_point_evse_unlock_response import (
            ChargePointEvseUnlockResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointEvseUnlock"],
            ChargePointEvseUnlockResponse,
            path={"chargePoint": charge_point, "evse": evse},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def evse_update(
        self,
        charge_point: int,
        evse: int,
        *,
        body: ChargePointEvseUpdateRequest | ChargePointEvseUpdateRequestParam,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvse:
        """Charge Point / EVSE / Update

        Update an EVSE within the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}`` (operationId ``chargePointEvseUpdate``)
        """
        from ..models.charge_point_evse import ChargePointEvse
        from ..models.charge_point_evse_update_request import (
            ChargePointEvseUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointEvseUpdate"],
            ChargePointEvse,
            path={"chargePoint": charge_point, "evse": evse},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def evses_listing(
        self,
        charge_point: int,
        *,
        include: (
            Sequence[
                ChargePointEvseDeleteIncludeItem
                | ChargePointEvseDeleteIncludeItemLiteral
            ]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointEvse]:
        """Charge Point / EVSEs / Listing

        Get all EVSEs of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/evses`` (operationId ``chargePointEvsesListing``)
        """
        from ..models.charge_point_evse import ChargePointEvse

        return self._client._paginate(
            OPERATIONS["chargePointEvsesListing"],
            ChargePointEvse,
            path={"chargePoint": charge_point},
            query={"include": include, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_charge_point_latest_hardware_status_log(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointHardwareStatusLog:
        """Charge Point / Latest Hardware Status Log

        Get the latest hardware status log entry for a charge point

        Args:
            charge_point: The ID of the charge point

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/latest-hardware-status-log`` (operationId ``getChargePointLatestHardwareStatusLog``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )

        return await self._client._request(
            OPERATIONS["getChargePointLatestHardwareStatusLog"],
            ChargePointHardwareStatusLog,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_charge_point_latest_network_status_log(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointLatestNetworkStatusLog:
        """Charge Point / Latest Network Status Log

        Get the latest network status log entry for a charge point

        Args:
            charge_point: The ID of the charge point

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/latest-network-status-log`` (operationId ``getChargePointLatestNetworkStatusLog``)
        """
        from ..models.charge_point_latest_network_status_log import (
            ChargePointLatestNetworkStatusLog,
        )

        return await self._client._request(
            OPERATIONS["getChargePointLatestNetworkStatusLog"],
            ChargePointLatestNetworkStatusLog,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_diagnostics(
        self,
        charge_point: int,
        *,
        body: ChargePointGetDiagnosticsRequest | ChargePointGetDiagnosticsRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointGetDiagnosticsResponse:
        """Charge Point / Get Diagnostics

        Request a get diagnostics upload from the charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/get-diagnostics`` (operationId ``chargePointGetDiagnostics``)
        """
        from ..models.charge_point_get_diagnostics_request import (
            ChargePointGetDiagnosticsRequest,
        )
        from ..models.charge_point_get_diagnostics_response import (
            ChargePointGetDiagnosticsResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointGetDiagnostics"],
            ChargePointGetDiagnosticsResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointGetDiagnosticsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_installed_certificate_ids(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointGetInstalledCertificateIdsRequest
            | ChargePointGetInstalledCertificateIdsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Get Installed Certificate IDs

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/sync-certificates`` (operationId ``chargePointGetInstalledCertificateIds``)
        """
        from ..models.charge_point_get_installed_certificate_ids_request import (
            ChargePointGetInstalledCertificateIdsRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointGetInstalledCertificateIds"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointGetInstalledCertificateIdsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_security_log(
        self,
        charge_point: int,
        *,
        body: ChargePointGetSecurityLogRequest | ChargePointGetSecurityLogRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointGetSecurityLogResult:
        """Charge Point / Get Security Log

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/get-security-log`` (operationId ``chargePointGetSecurityLog``)
        """
        from ..models.charge_point_get_security_log_request import (
            ChargePointGetSecurityLogRequest,
        )
        from ..models.charge_point_get_security_log_result import (
            ChargePointGetSecurityLogResult,
        )

        return await self._client._request(
            OPERATIONS["chargePointGetSecurityLog"],
            ChargePointGetSecurityLogResult,
            path={"chargePoint": charge_point},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointGetSecurityLogRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def install_certificate(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointInstallCertificateRequest
            | ChargePointInstallCertificateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Install Certificate

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/install-certificate`` (operationId ``chargePointInstallCertificate``)
        """
        from ..models.charge_point_install_certificate_request import (
            ChargePointInstallCertificateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointInstallCertificate"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointInstallCertificateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_charge_point_hardware_status_logs(
        self,
        charge_point: int,
        *,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointHardwareStatusLog]:
        """Charge Point / Hardware Status Logs / Listing

        Get paginated list of hardware status logs for a charge point with optional date filtering

        Args:
            charge_point: The ID of the charge point
            filter: Filter options for status logs
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/hardware-status-logs`` (operationId ``listChargePointHardwareStatusLogs``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["listChargePointHardwareStatusLogs"],
            ChargePointHardwareStatusLog,
            path={"chargePoint": charge_point},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_charge_point_network_status_logs(
        self,
        charge_point: int,
        *,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointLatestNetworkStatusLog]:
        """Charge Point / Network Status Logs / Listing

        Get paginated list of network status logs for a charge point with optional date filtering

        Args:
            charge_point: The ID of the charge point
            filter: Filter options for status logs
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/network-status-logs`` (operationId ``listChargePointNetworkStatusLogs``)
        """
        from ..models.charge_point_latest_network_status_log import (
            ChargePointLatestNetworkStatusLog,
        )
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["listChargePointNetworkStatusLogs"],
            ChargePointLatestNetworkStatusLog,
            path={"chargePoint": charge_point},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            ChargePointsListingFilter | ChargePointsListingFilterParam | None
        ) = None,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePoint]:
        """Charge Points / Listing

        Get all charge points

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0`` (operationId ``chargePointsListing``)
        """
        from ..models.charge_point import ChargePoint
        from ..models.charge_points_listing_filter import ChargePointsListingFilter

        return self._client._paginate(
            OPERATIONS["chargePointsListing"],
            ChargePoint,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": ChargePointsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            ChargePointsListingDeprecatedFilter
            | ChargePointsListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointDeprecated]:
        """Charge Points / Listing

        Get all charge points

        Deprecated. Use ``client.charge_points.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/charge-points/v1.0`` (operationId ``chargePointsListingDeprecated``)
        """
        from ..models.charge_point_deprecated import ChargePointDeprecated
        from ..models.charge_points_listing_deprecated_filter import (
            ChargePointsListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointsListingDeprecated"],
            ChargePointDeprecated,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": ChargePointsListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def move_evses_to_satellite(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointMoveEvsesToSatelliteRequest
            | ChargePointMoveEvsesToSatelliteRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Move EVSEs to Satellite

        Move one or more EVSEs from this charge point to a satellite charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/move-evses-to-satellite`` (operationId ``chargePointMoveEvsesToSatellite``)
        """
        from ..models.charge_point_move_evses_to_satellite_request import (
            ChargePointMoveEvsesToSatelliteRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointMoveEvsesToSatellite"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointMoveEvsesToSatelliteRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def personal_smart_charging_preferences_read(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        ChargePointPersonalSmartChargingPreferencesOption1
        | ChargePointPersonalSmartChargingPreferencesOption2
        | ChargePointPersonalSmartChargingPreferencesOption3
        | ChargePointPersonalSmartChargingPreferencesOption4
        | ChargePointPersonalSmartChargingPreferencesOption5
        | ChargePointPersonalSmartChargingPreferencesOption6
    ):
        """Charge Point / Personal smart charging preferences / Read

        Get personal smart charging preferences of the charge point

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences`` (operationId ``chargePointPersonalSmartChargingPreferencesRead``)
        """
        from ..models.charge_point_personal_smart_charging_preferences_option1 import (
            ChargePointPersonalSmartChargingPreferencesOption1,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option2 import (
            ChargePointPersonalSmartChargingPreferencesOption2,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option3 import (
            ChargePointPersonalSmartChargingPreferencesOption3,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option4 import (
            ChargePointPersonalSmartChargingPreferencesOption4,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option5 import (
            ChargePointPersonalSmartChargingPreferencesOption5,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option6 import (
            ChargePointPersonalSmartChargingPreferencesOption6,
        )

        return cast(
            ChargePointPersonalSmartChargingPreferencesOption1
            | ChargePointPersonalSmartChargingPreferencesOption2
            | ChargePointPersonalSmartChargingPreferencesOption3
            | ChargePointPersonalSmartChargingPreferencesOption4
            | ChargePointPersonalSmartChargingPreferencesOption5
            | ChargePointPersonalSmartChargingPreferencesOption6,
            await self._client._request(
                OPERATIONS["chargePointPersonalSmartChargingPreferencesRead"],
                ChargePointPersonalSmartChargingPreferencesOption1
                | ChargePointPersonalSmartChargingPreferencesOption2
                | ChargePointPersonalSmartChargingPreferencesOption3
                | ChargePointPersonalSmartChargingPreferencesOption4
                | ChargePointPersonalSmartChargingPreferencesOption5
                | ChargePointPersonalSmartChargingPreferencesOption6,
                path={"chargePoint": charge_point},
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def personal_smart_charging_preferences_update(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointPersonalSmartChargingPreferencesOption1
            | ChargePointPersonalSmartChargingPreferencesOption1Param
            | ChargePointPersonalSmartChargingPreferencesOption2
            | ChargePointPersonalSmartChargingPreferencesOption2Param
            | ChargePointPersonalSmartChargingPreferencesOption3
            | ChargePointPersonalSmartChargingPreferencesOption3Param
            | ChargePointPersonalSmartChargingPreferencesOption4
            | ChargePointPersonalSmartChargingPreferencesOption4Param
            | ChargePointPersonalSmartChargingPreferencesOption5
            | ChargePointPersonalSmartChargingPreferencesOption5Param
            | ChargePointPersonalSmartChargingPreferencesOption6
            | ChargePointPersonalSmartChargingPreferencesOption6Param
            | PersonalSmartChargingPreferencesOption7
            | PersonalSmartChargingPreferencesOption7Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        ChargePointPersonalSmartChargingPreferencesOption1
        | ChargePointPersonalSmartChargingPreferencesOption2
        | ChargePointPersonalSmartChargingPreferencesOption3
        | ChargePointPersonalSmartChargingPreferencesOption4
        | ChargePointPersonalSmartChargingPreferencesOption5
        | ChargePointPersonalSmartChargingPreferencesOption6
        | PersonalSmartChargingPreferencesOption7
    ):
        """Charge Point / Personal smart charging preferences / Update

        Update personal smart charging preferences

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences`` (operationId ``personalSmartChargingPreferencesUpdate``)
        """
        from ..models.charge_point_personal_smart_charging_preferences_option1 import (
            ChargePointPersonalSmartChargingPreferencesOption1,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option2 import (
            ChargePointPersonalSmartChargingPreferencesOption2,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option3 import (
            ChargePointPersonalSmartChargingPreferencesOption3,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option4 import (
            ChargePointPersonalSmartChargingPreferencesOption4,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option5 import (
            ChargePointPersonalSmartChargingPreferencesOption5,
        )
        from ..models.charge_point_personal_smart_charging_preferences_option6 import (
            ChargePointPersonalSmartChargingPreferencesOption6,
        )
        from ..models.personal_smart_charging_preferences_option7 import (
            PersonalSmartChargingPreferencesOption7,
        )

        return cast(
            ChargePointPersonalSmartChargingPreferencesOption1
            | ChargePointPersonalSmartChargingPreferencesOption2
            | ChargePointPersonalSmartChargingPreferencesOption3
            | ChargePointPersonalSmartChargingPreferencesOption4
            | ChargePointPersonalSmartChargingPreferencesOption5
            | ChargePointPersonalSmartChargingPreferencesOption6
            | PersonalSmartChargingPreferencesOption7,
            await self._client._request(
                OPERATIONS["personalSmartChargingPreferencesUpdate"],
                ChargePointPersonalSmartChargingPreferencesOption1
                | ChargePointPersonalSmartChargingPreferencesOption2
                | ChargePointPersonalSmartChargingPreferencesOption3
                | ChargePointPersonalSmartChargingPreferencesOption4
                | ChargePointPersonalSmartChargingPreferencesOption5
                | ChargePointPersonalSmartChargingPreferencesOption6
                | PersonalSmartChargingPreferencesOption7,
                path={"chargePoint": charge_point},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def read(
        self,
        charge_point: int,
        *,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a charge point

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}`` (operationId ``chargePointRead``)
        """
        from ..models.charge_point import ChargePoint

        return await self._client._request(
            OPERATIONS["chargePointRead"],
            ChargePoint,
            path={"chargePoint": charge_point},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDeprecated:
        """Charge Point / Read

        Get a charge point

        Deprecated. Use ``client.charge_points.read()`` instead.

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}`` (operationId ``chargePointReadDeprecated``)
        """
        from ..models.charge_point_deprecated import ChargePointDeprecated

        return await self._client._request(
            OPERATIONS["chargePointReadDeprecated"],
            ChargePointDeprecated,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def reserve(
        self,
        charge_point: int,
        evse: int,
        *,
        body: (
            ChargePointReserveRequest | ChargePointReserveRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointReserveResponse:
        """Charge Point / Reserve

        Reserve an evse

        Args:
            charge_point: the chargePoint path parameter
            evse: The Network ID of the evse to reserve
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reserve/{evse}`` (operationId ``chargePointReserve``)
        """
        from ..models.charge_point_reserve_request import ChargePointReserveRequest
        from ..models.charge_point_reserve_response import ChargePointReserveResponse

        return await self._client._request(
            OPERATIONS["chargePointReserve"],
            ChargePointReserveResponse,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointReserveRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def reset(
        self,
        charge_point: int,
        type: ChargePointResetType | ChargePointResetTypeLiteral,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseUnlockResponse:
        """Charge Point / Reset

        Reset a charge point

        Args:
            charge_point: the chargePoint path parameter
            type: the type path parameter

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}`` (operationId ``chargePointReset``)
        """
        from ..models.charge_point_evse_unlock_response import (
            ChargePointEvseUnlockResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointReset"],
            ChargePointEvseUnlockResponse,
            path={"chargePoint": charge_point, "type": type},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def reset_security_profile(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Reset Security Profile

        Reset the current security profile of the charge point in the backend. The next time the charge point connects, the backend will accept the connection and update the current security profile with the one that the charge point actually used to establish the connection

        Args:
            charge_point: the chargePoint path parameter

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset-security-profile`` (operationId ``chargePointResetSecurityProfile``)
        """
        return await self._client._request(
            OPERATIONS["chargePointResetSecurityProfile"],
            None,
            path={"chargePoint": charge_point},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def send_data_transfer(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSendDataTransferRequest | ChargePointSendDataTransferRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointSendDataTransferResponse:
        """Charge Point / Send Data Transfer

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/send-data-transfer`` (operationId ``chargePointSendDataTransfer``)
        """
        from ..models.charge_point_send_data_transfer_request import (
            ChargePointSendDataTransferRequest,
        )
        from ..models.charge_point_send_data_transfer_response import (
            ChargePointSendDataTransferResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointSendDataTransfer"],
            ChargePointSendDataTransferResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSendDataTransferRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        body: (
            ChargePointSetChargingProfileRequest
            | ChargePointSetChargingProfileRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointSetChargingProfileResult:
        """Charge Point / Set Charging Profile

        Set a smart charging profile

        Args:
            charge_point: the chargePoint path parameter
            evse_network_id: set to 0 to mean \"the charge point itself\"
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}`` (operationId ``chargePointSetChargingProfile``)
        """
        from ..models.charge_point_set_charging_profile_request import (
            ChargePointSetChargingProfileRequest,
        )
        from ..models.charge_point_set_charging_profile_result import (
            ChargePointSetChargingProfileResult,
        )

        return await self._client._request(
            OPERATIONS["chargePointSetChargingProfile"],
            ChargePointSetChargingProfileResult,
            path={"chargePoint": charge_point, "evseNetworkId": evse_network_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointSetChargingProfileRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def set_configuration(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSetConfigurationRequest | ChargePointSetConfigurationRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Set Configuration

        Set Configuration for the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/set-configuration`` (operationId ``chargePointSetConfiguration``)
        """
        from ..models.charge_point_set_configuration_request import (
            ChargePointSetConfigurationRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointSetConfiguration"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSetConfigurationRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def set_security_profile(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSetSecurityProfileRequest
            | ChargePointSetSecurityProfileRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointEvseUnlockResponse:
        """Charge Point / Set Security Profile

        Set the security profile of the charge point. This operation installs Amazon root certificates (RSA & EC) and attempts to raise the security profile to the specified level. Only allows raising the profile (transitions 0→1, 0→2, 1→2), not lowering it.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/set-security-profile`` (operationId ``chargePointSetSecurityProfile``)
        """
        from ..models.charge_point_evse_unlock_response import (
            ChargePointEvseUnlockResponse,
        )
        from ..models.charge_point_set_security_profile_request import (
            ChargePointSetSecurityProfileRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointSetSecurityProfile"],
            ChargePointEvseUnlockResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSetSecurityProfileRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def share_create(
        self,
        charge_point: int,
        *,
        body: ChargePointShareCreateRequest | ChargePointShareCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointShare:
        """Charge Point / Share / Create

        Create new Share within the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/shares`` (operationId ``chargePointShareCreate``)
        """
        from ..models.charge_point_share import ChargePointShare
        from ..models.charge_point_share_create_request import (
            ChargePointShareCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointShareCreate"],
            ChargePointShare,
            path={"chargePoint": charge_point},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointShareCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def share_read(
        self,
        charge_point: int,
        share: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointShare:
        """Charge Point / Share / Read

        Get an Share from a Charge Point

        Args:
            charge_point: the chargePoint path parameter
            share: the share path parameter

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shares/{share}`` (operationId ``chargePointShareRead``)
        """
        from ..models.charge_point_share import ChargePointShare

        return await self._client._request(
            OPERATIONS["chargePointShareRead"],
            ChargePointShare,
            path={"chargePoint": charge_point, "share": share},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def shared_partners_listing(
        self,
        charge_point: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointSharedPartner]:
        """Charge Point / Shared Partners / Listing

        Get all Shared Partners of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners`` (operationId ``chargePointSharedPartnersListing``)
        """
        from ..models.charge_point_shared_partner import ChargePointSharedPartner

        return self._client._paginate(
            OPERATIONS["chargePointSharedPartnersListing"],
            ChargePointSharedPartner,
            path={"chargePoint": charge_point},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def shared_partners_sync(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSharedPartnersSyncRequest
            | ChargePointSharedPartnersSyncRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Shared Partners / Update

        Set the Shared Partners of the Charge Point. Attach Shared Partners within the Charge Point. The charge point must have an owner associated and its `access_type` must be `private`. Grants access to this Partner to the charge point. This allows their invited users with access to private CPs to also access this CP. It also gives view-only access to the selected Partner's admins to this CP.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/charge-points/v2.0/{chargePoint}/shared-partners`` (operationId ``chargePointSharedPartnersSync``)
        """
        from ..models.charge_point_shared_partners_sync_request import (
            ChargePointSharedPartnersSyncRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointSharedPartnersSync"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSharedPartnersSyncRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def shares_listing(
        self,
        charge_point: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointShare]:
        """Charge Point / Shares / Listing

        Get all Shares of the Charge Point

        Args:
            charge_point: the chargePoint path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/charge-points/v2.0/{chargePoint}/shares`` (operationId ``chargePointSharesListing``)
        """
        from ..models.charge_point_share import ChargePointShare

        return self._client._paginate(
            OPERATIONS["chargePointSharesListing"],
            ChargePointShare,
            path={"chargePoint": charge_point},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def smart_charging_update(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSmartChargingUpdateRequestOption1
            | ChargePointSmartChargingUpdateRequestOption1Param
            | ChargePointSmartChargingUpdateRequestOption2
            | ChargePointSmartChargingUpdateRequestOption2Param
            | ChargePointSmartChargingUpdateRequestOption3
            | ChargePointSmartChargingUpdateRequestOption3Param
            | ChargePointSmartChargingOption4
            | ChargePointSmartChargingOption4Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        ChargePointSmartChargingOption1
        | ChargePointSmartChargingOption2
        | ChargePointSmartChargingOption3
        | ChargePointSmartChargingOption4
    ):
        """Charge Point / Smart Charging / Update

        Update smart charging details for the charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging`` (operationId ``chargePointSmartChargingUpdate``)
        """
        from ..models.charge_point_smart_charging_option1 import (
            ChargePointSmartChargingOption1,
        )
        from ..models.charge_point_smart_charging_option2 import (
            ChargePointSmartChargingOption2,
        )
        from ..models.charge_point_smart_charging_option3 import (
            ChargePointSmartChargingOption3,
        )
        from ..models.charge_point_smart_charging_option4 import (
            ChargePointSmartChargingOption4,
        )

        return cast(
            ChargePointSmartChargingOption1
            | ChargePointSmartChargingOption2
            | ChargePointSmartChargingOption3
            | ChargePointSmartChargingOption4,
            await self._client._request(
                OPERATIONS["chargePointSmartChargingUpdate"],
                ChargePointSmartChargingOption1
                | ChargePointSmartChargingOption2
                | ChargePointSmartChargingOption3
                | ChargePointSmartChargingOption4,
                path={"chargePoint": charge_point},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def start_charging_session(
        self,
        charge_point: int,
        evse: int,
        *,
        body: (
            ChargePointStartChargingSessionRequest
            | ChargePointStartChargingSessionRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStartChargingSessionResponse:
        """Charge Point / Start Charging Session

        Start a charging session

        Args:
            charge_point: the chargePoint path parameter
            evse: The networkID of the evse to start a session on
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/start/{evse}`` (operationId ``chargePointStartChargingSession``)
        """
        from ..models.charge_point_start_charging_session_request import (
            ChargePointStartChargingSessionRequest,
        )
        from ..models.charge_point_start_charging_session_response import (
            ChargePointStartChargingSessionResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointStartChargingSession"],
            ChargePointStartChargingSessionResponse,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointStartChargingSessionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def start_charging_session_without_evse(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointStartChargingSessionWithoutEvseRequest
            | ChargePointStartChargingSessionWithoutEvseRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStartChargingSessionWithoutEvseResponse:
        """Charge Point / Start Charging Session Without EVSE

        Start a charging session

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/start`` (operationId ``chargePointStartChargingSessionWithoutEvse``)
        """
        from ..models.charge_point_start_charging_session_without_evse_request import (
            ChargePointStartChargingSessionWithoutEvseRequest,
        )
        from ..models.charge_point_start_charging_session_without_evse_response import (
            ChargePointStartChargingSessionWithoutEvseResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointStartChargingSessionWithoutEvse"],
            ChargePointStartChargingSessionWithoutEvseResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointStartChargingSessionWithoutEvseRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def status_read(
        self,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStatus:
        """Charge Point / Status / Read

        Get a charge point's status

        Args:
            charge_point: the chargePoint path parameter

        ``GET /public-api/resources/charge-points/v1.0/{chargePoint}/status`` (operationId ``chargePointStatusRead``)
        """
        from ..models.charge_point_status import ChargePointStatus

        return await self._client._request(
            OPERATIONS["chargePointStatusRead"],
            ChargePointStatus,
            path={"chargePoint": charge_point},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def stop_charging_session(
        self,
        charge_point: int,
        session: int,
        *,
        body: (
            ChargePointStopChargingSessionRequest
            | ChargePointStopChargingSessionRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Stop Charging Session

        Stop a charging session

        Args:
            charge_point: the chargePoint path parameter
            session: the session path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/stop/{session}`` (operationId ``chargePointStopChargingSession``)
        """
        from ..models.charge_point_stop_charging_session_request import (
            ChargePointStopChargingSessionRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointStopChargingSession"],
            None,
            path={"chargePoint": charge_point, "session": session},
            body=body,
            timeout=timeout,
            body_type=ChargePointStopChargingSessionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def sync_configuration(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointSyncConfigurationRequest
            | ChargePointSyncConfigurationRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointSyncConfigurationResponse:
        """Charge Point / Sync Configuration

        Send a partial or full sync configuration request to the chargepoint. You will get back a requerstId that you can monitor the status of using the ChargePointSyncConfigurationNotification. Please note that calling this action should not be required, as each time the charge point boots the configuration is automatically synced. Under normal conditions it should be impossible for a configuration key to change at runtime without the central systems request.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/sync-configuration`` (operationId ``chargePointSyncConfiguration``)
        """
        from ..models.charge_point_sync_configuration_request import (
            ChargePointSyncConfigurationRequest,
        )
        from ..models.charge_point_sync_configuration_response import (
            ChargePointSyncConfigurationResponse,
        )

        return await self._client._request(
            OPERATIONS["chargePointSyncConfiguration"],
            ChargePointSyncConfigurationResponse,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointSyncConfigurationRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def trigger_message_charge_point(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointTriggerMessageChargePointRequest
            | ChargePointTriggerMessageChargePointRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Trigger Message Charge Point

        Trigger message to given Charge Point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v1.0/{chargePoint}/trigger-message`` (operationId ``chargePointTriggerMessageChargePoint``)
        """
        from ..models.charge_point_trigger_message_charge_point_request import (
            ChargePointTriggerMessageChargePointRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointTriggerMessageChargePoint"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointTriggerMessageChargePointRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        charge_point: int,
        *,
        body: ChargePointUpdateRequest | ChargePointUpdateRequestParam,
        include: (
            Sequence[ChargePointDeleteIncludeItem | ChargePointDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Update

        Update a charge point

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v2.0/{chargePoint}`` (operationId ``chargePointUpdate``)
        """
        from ..models.charge_point import ChargePoint
        from ..models.charge_point_update_request import ChargePointUpdateRequest

        return await self._client._request(
            OPERATIONS["chargePointUpdate"],
            ChargePoint,
            path={"chargePoint": charge_point},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        charge_point: int,
        *,
        body: (
            ChargePointUpdateDeprecatedRequest | ChargePointUpdateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDeprecated:
        """Charge Point / Update

        Update a charge point

        Deprecated. Use ``client.charge_points.update()`` instead.

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-points/v1.0/{chargePoint}`` (operationId ``chargePointUpdateDeprecated``)
        """
        from ..models.charge_point_deprecated import ChargePointDeprecated
        from ..models.charge_point_update_deprecated_request import (
            ChargePointUpdateDeprecatedRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointUpdateDeprecated"],
            ChargePointDeprecated,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_firmware(
        self,
        charge_point: int,
        *,
        body: ChargePointUpdateFirmwareRequest | ChargePointUpdateFirmwareRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point / Update Firmware

        Args:
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/charge-point/v2.0/{chargePoint}/update-firmware`` (operationId ``chargePointUpdateFirmware``)
        """
        from ..models.charge_point_update_firmware_request import (
            ChargePointUpdateFirmwareRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointUpdateFirmware"],
            None,
            path={"chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=ChargePointUpdateFirmwareRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ChargePointsResourceWithRawResponse:
    """``client.with_raw_response.charge_points`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ChargePointsResource) -> None:
        self.available_personal_smart_charging_modes_listing = to_raw(
            resource.available_personal_smart_charging_modes_listing
        )
        self.change_availability = to_raw(resource.change_availability)
        self.change_owner = to_raw(resource.change_owner)
        self.change_sharing_code = to_raw(resource.change_sharing_code)
        self.chareg_point_share_delete = to_raw(resource.chareg_point_share_delete)
        self.clear_charging_profile = to_raw(resource.clear_charging_profile)
        self.configuration_read = to_raw(resource.configuration_read)
        self.configuration_read_deprecated = to_raw(
            resource.configuration_read_deprecated
        )
        self.configuration_update = to_raw(resource.configuration_update)
        self.configuration_update_deprecated = to_raw(
            resource.configuration_update_deprecated
        )
        self.configurations_listing = to_raw(resource.configurations_listing)
        self.configurations_listing_deprecated = to_raw(
            resource.configurations_listing_deprecated
        )
        self.create = to_raw(resource.create)
        self.create_deprecated = to_raw(resource.create_deprecated)
        self.delete = to_raw(resource.delete)
        self.delete_certificate = to_raw(resource.delete_certificate)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.disconnect = to_raw(resource.disconnect)
        self.evse_connector_create = to_raw(resource.evse_connector_create)
        self.evse_connector_delete = to_raw(resource.evse_connector_delete)
        self.evse_connector_read = to_raw(resource.evse_connector_read)
        self.evse_connector_update = to_raw(resource.evse_connector_update)
        self.evse_connectors_listing = to_raw(resource.evse_connectors_listing)
        self.evse_create = to_raw(resource.evse_create)
        self.evse_delete = to_raw(resource.evse_delete)
        self.evse_read = to_raw(resource.evse_read)
        self.evse_unlock = to_raw(resource.evse_unlock)
        self.evse_update = to_raw(resource.evse_update)
        self.evses_listing = to_raw_listing(resource.evses_listing)
        self.get_charge_point_latest_hardware_status_log = to_raw(
            resource.get_charge_point_latest_hardware_status_log
        )
        self.get_charge_point_latest_network_status_log = to_raw(
            resource.get_charge_point_latest_network_status_log
        )
        self.get_diagnostics = to_raw(resource.get_diagnostics)
        self.get_installed_certificate_ids = to_raw(
            resource.get_installed_certificate_ids
        )
        self.get_security_log = to_raw(resource.get_security_log)
        self.install_certificate = to_raw(resource.install_certificate)
        self.list_charge_point_hardware_status_logs = to_raw_listing(
            resource.list_charge_point_hardware_status_logs
        )
        self.list_charge_point_network_status_logs = to_raw_listing(
            resource.list_charge_point_network_status_logs
        )
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.move_evses_to_satellite = to_raw(resource.move_evses_to_satellite)
        self.personal_smart_charging_preferences_read = to_raw(
            resource.personal_smart_charging_preferences_read
        )
        self.personal_smart_charging_preferences_update = to_raw(
            resource.personal_smart_charging_preferences_update
        )
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.reserve = to_raw(resource.reserve)
        self.reset = to_raw(resource.reset)
        self.reset_security_profile = to_raw(resource.reset_security_profile)
        self.send_data_transfer = to_raw(resource.send_data_transfer)
        self.set_charging_profile = to_raw(resource.set_charging_profile)
        self.set_configuration = to_raw(resource.set_configuration)
        self.set_security_profile = to_raw(resource.set_security_profile)
        self.share_create = to_raw(resource.share_create)
        self.share_read = to_raw(resource.share_read)
        self.shared_partners_listing = to_raw_listing(resource.shared_partners_listing)
        self.shared_partners_sync = to_raw(resource.shared_partners_sync)
        self.shares_listing = to_raw_listing(resource.shares_listing)
        self.smart_charging_update = to_raw(resource.smart_charging_update)
        self.start_charging_session = to_raw(resource.start_charging_session)
        self.start_charging_session_without_evse = to_raw(
            resource.start_charging_session_without_evse
        )
        self.status_read = to_raw(resource.status_read)
        self.stop_charging_session = to_raw(resource.stop_charging_session)
        self.sync_configuration = to_raw(resource.sync_configuration)
        self.trigger_message_charge_point = to_raw(
            resource.trigger_message_charge_point
        )
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)
        self.update_firmware = to_raw(resource.update_firmware)


class AsyncChargePointsResourceWithRawResponse:
    """``client.with_raw_response.charge_points`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncChargePointsResource) -> None:
        self.available_personal_smart_charging_modes_listing = to_async_raw(
            resource.available_personal_smart_charging_modes_listing
        )
        self.change_availability = to_async_raw(resource.change_availability)
        self.change_owner = to_async_raw(resource.change_owner)
        self.change_sharing_code = to_async_raw(resource.change_sharing_code)
        self.chareg_point_share_delete = to_async_raw(
            resource.chareg_point_share_delete
        )
        self.clear_charging_profile = to_async_raw(resource.clear_charging_profile)
        self.configuration_read = to_async_raw(resource.configuration_read)
        self.configuration_read_deprecated = to_async_raw(
            resource.configuration_read_deprecated
        )
        self.configuration_update = to_async_raw(resource.configuration_update)
        self.configuration_update_deprecated = to_async_raw(
            resource.configuration_update_deprecated
        )
        self.configurations_listing = to_async_raw(resource.configurations_listing)
        self.configurations_listing_deprecated = to_async_raw(
            resource.configurations_listing_deprecated
        )
        self.create = to_async_raw(resource.create)
        self.create_deprecated = to_async_raw(resource.create_deprecated)
        self.delete = to_async_raw(resource.delete)
        self.delete_certificate = to_async_raw(resource.delete_certificate)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.disconnect = to_async_raw(resource.disconnect)
        self.evse_connector_create = to_async_raw(resource.evse_connector_create)
        self.evse_connector_delete = to_async_raw(resource.evse_connector_delete)
        self.evse_connector_read = to_async_raw(resource.evse_connector_read)
        self.evse_connector_update = to_async_raw(resource.evse_connector_update)
        self.evse_connectors_listing = to_async_raw(resource.evse_connectors_listing)
        self.evse_create = to_async_raw(resource.evse_create)
        self.evse_delete = to_async_raw(resource.evse_delete)
        self.evse_read = to_async_raw(resource.evse_read)
        self.evse_unlock = to_async_raw(resource.evse_unlock)
        self.evse_update = to_async_raw(resource.evse_update)
        self.evses_listing = to_async_raw_listing(resource.evses_listing)
        self.get_charge_point_latest_hardware_status_log = to_async_raw(
            resource.get_charge_point_latest_hardware_status_log
        )
        self.get_charge_point_latest_network_status_log = to_async_raw(
            resource.get_charge_point_latest_network_status_log
        )
        self.get_diagnostics = to_async_raw(resource.get_diagnostics)
        self.get_installed_certificate_ids = to_async_raw(
            resource.get_installed_certificate_ids
        )
        self.get_security_log = to_async_raw(resource.get_security_log)
        self.install_certificate = to_async_raw(resource.install_certificate)
        self.list_charge_point_hardware_status_logs = to_async_raw_listing(
            resource.list_charge_point_hardware_status_logs
        )
        self.list_charge_point_network_status_logs = to_async_raw_listing(
            resource.list_charge_point_network_status_logs
        )
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.move_evses_to_satellite = to_async_raw(resource.move_evses_to_satellite)
        self.personal_smart_charging_preferences_read = to_async_raw(
            resource.personal_smart_charging_preferences_read
        )
        self.personal_smart_charging_preferences_update = to_async_raw(
            resource.personal_smart_charging_preferences_update
        )
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.reserve = to_async_raw(resource.reserve)
        self.reset = to_async_raw(resource.reset)
        self.reset_security_profile = to_async_raw(resource.reset_security_profile)
        self.send_data_transfer = to_async_raw(resource.send_data_transfer)
        self.set_charging_profile = to_async_raw(resource.set_charging_profile)
        self.set_configuration = to_async_raw(resource.set_configuration)
        self.set_security_profile = to_async_raw(resource.set_security_profile)
        self.share_create = to_async_raw(resource.share_create)
        self.share_read = to_async_raw(resource.share_read)
        self.shared_partners_listing = to_async_raw_listing(
            resource.shared_partners_listing
        )
        self.shared_partners_sync = to_async_raw(resource.shared_partners_sync)
        self.shares_listing = to_async_raw_listing(resource.shares_listing)
        self.smart_charging_update = to_async_raw(resource.smart_charging_update)
        self.start_charging_session = to_async_raw(resource.start_charging_session)
        self.start_charging_session_without_evse = to_async_raw(
            resource.start_charging_session_without_evse
        )
        self.status_read = to_async_raw(resource.status_read)
        self.stop_charging_session = to_async_raw(resource.stop_charging_session)
        self.sync_configuration = to_async_raw(resource.sync_configuration)
        self.trigger_message_charge_point = to_async_raw(
            resource.trigger_message_charge_point
        )
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)
        self.update_firmware = to_async_raw(resource.update_firmware)


class ChargePointsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_points`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ChargePointsResource) -> None:
        self.available_personal_smart_charging_modes_listing = to_streamed(
            resource.available_personal_smart_charging_modes_listing
        )
        self.change_availability = to_streamed(resource.change_availability)
        self.change_owner = to_streamed(resource.change_owner)
        self.change_sharing_code = to_streamed(resource.change_sharing_code)
        self.chareg_point_share_delete = to_streamed(resource.chareg_point_share_delete)
        self.clear_charging_profile = to_streamed(resource.clear_charging_profile)
        self.configuration_read = to_streamed(resource.configuration_read)
        self.configuration_read_deprecated = to_streamed(
            resource.configuration_read_deprecated
        )
        self.configuration_update = to_streamed(resource.configuration_update)
        self.configuration_update_deprecated = to_streamed(
            resource.configuration_update_deprecated
        )
        self.configurations_listing = to_streamed(resource.configurations_listing)
        self.configurations_listing_deprecated = to_streamed(
            resource.configurations_listing_deprecated
        )
        self.create = to_streamed(resource.create)
        self.create_deprecated = to_streamed(resource.create_deprecated)
        self.delete = to_streamed(resource.delete)
        self.delete_certificate = to_streamed(resource.delete_certificate)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.disconnect = to_streamed(resource.disconnect)
        self.evse_connector_create = to_streamed(resource.evse_connector_create)
        self.evse_connector_delete = to_streamed(resource.evse_connector_delete)
        self.evse_connector_read = to_streamed(resource.evse_connector_read)
        self.evse_connector_update = to_streamed(resource.evse_connector_update)
        self.evse_connectors_listing = to_streamed(resource.evse_connectors_listing)
        self.evse_create = to_streamed(resource.evse_create)
        self.evse_delete = to_streamed(resource.evse_delete)
        self.evse_read = to_streamed(resource.evse_read)
        self.evse_unlock = to_streamed(resource.evse_unlock)
        self.evse_update = to_streamed(resource.evse_update)
        self.evses_listing = to_streamed_listing(resource.evses_listing)
        self.get_charge_point_latest_hardware_status_log = to_streamed(
            resource.get_charge_point_latest_hardware_status_log
        )
        self.get_charge_point_latest_network_status_log = to_streamed(
            resource.get_charge_point_latest_network_status_log
        )
        self.get_diagnostics = to_streamed(resource.get_diagnostics)
        self.get_installed_certificate_ids = to_streamed(
            resource.get_installed_certificate_ids
        )
        self.get_security_log = to_streamed(resource.get_security_log)
        self.install_certificate = to_streamed(resource.install_certificate)
        self.list_charge_point_hardware_status_logs = to_streamed_listing(
            resource.list_charge_point_hardware_status_logs
        )
        self.list_charge_point_network_status_logs = to_streamed_listing(
            resource.list_charge_point_network_status_logs
        )
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.move_evses_to_satellite = to_streamed(resource.move_evses_to_satellite)
        self.personal_smart_charging_preferences_read = to_streamed(
            resource.personal_smart_charging_preferences_read
        )
        self.personal_smart_charging_preferences_update = to_streamed(
            resource.personal_smart_charging_preferences_update
        )
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.reserve = to_streamed(resource.reserve)
        self.reset = to_streamed(resource.reset)
        self.reset_security_profile = to_streamed(resource.reset_security_profile)
        self.send_data_transfer = to_streamed(resource.send_data_transfer)
        self.set_charging_profile = to_streamed(resource.set_charging_profile)
        self.set_configuration = to_streamed(resource.set_configuration)
        self.set_security_profile = to_streamed(resource.set_security_profile)
        self.share_create = to_streamed(resource.share_create)
        self.share_read = to_streamed(resource.share_read)
        self.shared_partners_listing = to_streamed_listing(
            resource.shared_partners_listing
        )
        self.shared_partners_sync = to_streamed(resource.shared_partners_sync)
        self.shares_listing = to_streamed_listing(resource.shares_listing)
        self.smart_charging_update = to_streamed(resource.smart_charging_update)
        self.start_charging_session = to_streamed(resource.start_charging_session)
        self.start_charging_session_without_evse = to_streamed(
            resource.start_charging_session_without_evse
        )
        self.status_read = to_streamed(resource.status_read)
        self.stop_charging_session = to_streamed(resource.stop_charging_session)
        self.sync_configuration = to_streamed(resource.sync_configuration)
        self.trigger_message_charge_point = to_streamed(
            resource.trigger_message_charge_point
        )
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)
        self.update_firmware = to_streamed(resource.update_firmware)


class AsyncChargePointsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_points`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncChargePointsResource) -> None:
        self.available_personal_smart_charging_modes_listing = to_async_streamed(
            resource.available_personal_smart_charging_modes_listing
        )
        self.change_availability = to_async_streamed(resource.change_availability)
        self.change_owner = to_async_streamed(resource.change_owner)
        self.change_sharing_code = to_async_streamed(resource.change_sharing_code)
        self.chareg_point_share_delete = to_async_streamed(
            resource.chareg_point_share_delete
        )
        self.clear_charging_profile = to_async_streamed(resource.clear_charging_profile)
        self.configuration_read = to_async_streamed(resource.configuration_read)
        self.configuration_read_deprecated = to_async_streamed(
            resource.configuration_read_deprecated
        )
        self.configuration_update = to_async_streamed(resource.configuration_update)
        self.configuration_update_deprecated = to_async_streamed(
            resource.configuration_update_deprecated
        )
        self.configurations_listing = to_async_streamed(resource.configurations_listing)
        self.configurations_listing_deprecated = to_async_streamed(
            resource.configurations_listing_deprecated
        )
        self.create = to_async_streamed(resource.create)
        self.create_deprecated = to_async_streamed(resource.create_deprecated)
        self.delete = to_async_streamed(resource.delete)
        self.delete_certificate = to_async_streamed(resource.delete_certificate)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.disconnect = to_async_streamed(resource.disconnect)
        self.evse_connector_create = to_async_streamed(resource.evse_connector_create)
        self.evse_connector_delete = to_async_streamed(resource.evse_connector_delete)
        self.evse_connector_read = to_async_streamed(resource.evse_connector_read)
        self.evse_connector_update = to_async_streamed(resource.evse_connector_update)
        self.evse_connectors_listing = to_async_streamed(
            resource.evse_connectors_listing
        )
        self.evse_create = to_async_streamed(resource.evse_create)
        self.evse_delete = to_async_streamed(resource.evse_delete)
        self.evse_read = to_async_streamed(resource.evse_read)
        self.evse_unlock = to_async_streamed(resource.evse_unlock)
        self.evse_update = to_async_streamed(resource.evse_update)
        self.evses_listing = to_async_streamed_listing(resource.evses_listing)
        self.get_charge_point_latest_hardware_status_log = to_async_streamed(
            resource.get_charge_point_latest_hardware_status_log
        )
        self.get_charge_point_latest_network_status_log = to_async_streamed(
            resource.get_charge_point_latest_network_status_log
        )
        self.get_diagnostics = to_async_streamed(resource.get_diagnostics)
        self.get_installed_certificate_ids = to_async_streamed(
            resource.get_installed_certificate_ids
        )
        self.get_security_log = to_async_streamed(resource.get_security_log)
        self.install_certificate = to_async_streamed(resource.install_certificate)
        self.list_charge_point_hardware_status_logs = to_async_streamed_listing(
            resource.list_charge_point_hardware_status_logs
        )
        self.list_charge_point_network_status_logs = to_async_streamed_listing(
            resource.list_charge_point_network_status_logs
        )
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.move_evses_to_satellite = to_async_streamed(
            resource.move_evses_to_satellite
        )
        self.personal_smart_charging_preferences_read = to_async_streamed(
            resource.personal_smart_charging_preferences_read
        )
        self.personal_smart_charging_preferences_update = to_async_streamed(
            resource.personal_smart_charging_preferences_update
        )
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.reserve = to_async_streamed(resource.reserve)
        self.reset = to_async_streamed(resource.reset)
        self.reset_security_profile = to_async_streamed(resource.reset_security_profile)
        self.send_data_transfer = to_async_streamed(resource.send_data_transfer)
        self.set_charging_profile = to_async_streamed(resource.set_charging_profile)
        self.set_configuration = to_async_streamed(resource.set_configuration)
        self.set_security_profile = to_async_streamed(resource.set_security_profile)
        self.share_create = to_async_streamed(resource.share_create)
        self.share_read = to_async_streamed(resource.share_read)
        self.shared_partners_listing = to_async_streamed_listing(
            resource.shared_partners_listing
        )
        self.shared_partners_sync = to_async_streamed(resource.shared_partners_sync)
        self.shares_listing = to_async_streamed_listing(resource.shares_listing)
        self.smart_charging_update = to_async_streamed(resource.smart_charging_update)
        self.start_charging_session = to_async_streamed(resource.start_charging_session)
        self.start_charging_session_without_evse = to_async_streamed(
            resource.start_charging_session_without_evse
        )
        self.status_read = to_async_streamed(resource.status_read)
        self.stop_charging_session = to_async_streamed(resource.stop_charging_session)
        self.sync_configuration = to_async_streamed(resource.sync_configuration)
        self.trigger_message_charge_point = to_async_streamed(
            resource.trigger_message_charge_point
        )
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
        self.update_firmware = to_async_streamed(resource.update_firmware)
