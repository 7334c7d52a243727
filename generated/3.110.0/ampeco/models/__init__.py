"""Every model and enum of the AMPECO.CHARGE Public API 3.110.0.

Names are imported on first use, so ``import ampeco.models`` stays cheap.
Names earlier versions had for classes that merged into another or split stay importable
as deprecated aliases: the first use warns and names the class to use instead.
"""

from __future__ import annotations

import warnings
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adyen_castles import AdyenCastles as AdyenCastles
    from .ampeco_invoice_manager import AmpecoInvoiceManager as AmpecoInvoiceManager
    from .ampeco_invoice_manager_invoice_type import (
        AmpecoInvoiceManagerInvoiceType as AmpecoInvoiceManagerInvoiceType,
    )
    from .ampeco_invoice_manager import (
        AmpecoInvoiceManagerRequireInvoiceEnforcedBy as AmpecoInvoiceManagerRequireInvoiceEnforcedBy,
    )
    from .ampeco import Ampeco_ as Ampeco_
    from .assign_installer_job_charge_points_request import (
        AssignInstallerJobChargePointsRequest as AssignInstallerJobChargePointsRequest,
    )
    from .assign_installer_job_charge_points_validation_error_body import (
        AssignInstallerJobChargePointsValidationErrorBody as AssignInstallerJobChargePointsValidationErrorBody,
    )
    from .australian_state import AustralianState as AustralianState
    from .authorization import Authorization as Authorization
    from .authorization_changed_notification import (
        AuthorizationChangedNotification as AuthorizationChangedNotification,
    )
    from .authorization_changed_notification import (
        AuthorizationChangedNotificationNotification as AuthorizationChangedNotificationNotification,
    )
    from .authorization_deprecated import (
        AuthorizationDeprecated as AuthorizationDeprecated,
    )
    from .authorization_deprecated import (
        AuthorizationDeprecatedMethod as AuthorizationDeprecatedMethod,
    )
    from .authorization_deprecated_roaming import (
        AuthorizationDeprecatedRoaming as AuthorizationDeprecatedRoaming,
    )
    from .authorization_deprecated import (
        AuthorizationDeprecatedSource as AuthorizationDeprecatedSource,
    )
    from .authorization_deprecated import (
        AuthorizationDeprecatedStatus as AuthorizationDeprecatedStatus,
    )
    from .authorization import AuthorizationMethod as AuthorizationMethod
    from .authorization_notification import (
        AuthorizationNotification as AuthorizationNotification,
    )
    from .authorization_notification import (
        AuthorizationNotificationNotification as AuthorizationNotificationNotification,
    )
    from .authorization_notification import (
        AuthorizationNotificationStatus as AuthorizationNotificationStatus,
    )
    from .authorization_read_v21_result import (
        AuthorizationReadV21Result as AuthorizationReadV21Result,
    )
    from .authorization_read_v21_result import (
        AuthorizationReadV21ResultMethod as AuthorizationReadV21ResultMethod,
    )
    from .authorization_read_v21_result import (
        AuthorizationReadV21ResultRoaming as AuthorizationReadV21ResultRoaming,
    )
    from .authorization_source import AuthorizationSource as AuthorizationSource
    from .authorization_status import AuthorizationStatus as AuthorizationStatus
    from .authorizations_listing_v21_filter import (
        AuthorizationsListingV21Filter as AuthorizationsListingV21Filter,
    )
    from .booking import Booking as Booking
    from .booking import BookingBookedEvse as BookingBookedEvse
    from .booking_list_item import BookingListItem as BookingListItem
    from .booking_read_include_item import (
        BookingReadIncludeItem as BookingReadIncludeItem,
    )
    from .booking_request_option1 import BookingRequestOption1 as BookingRequestOption1
    from .booking_request_option1_authorized_token import (
        BookingRequestOption1AuthorizedToken as BookingRequestOption1AuthorizedToken,
    )
    from .booking_request_option1_evse_criteria import (
        BookingRequestOption1EvseCriteria as BookingRequestOption1EvseCriteria,
    )
    from .booking_request_option1_parking_space_criteria import (
        BookingRequestOption1ParkingSpaceCriteria as BookingRequestOption1ParkingSpaceCriteria,
    )
    from .booking_request_option1_parking_space_criteria import (
        BookingRequestOption1ParkingSpaceCriteriaVehicleType as BookingRequestOption1ParkingSpaceCriteriaVehicleType,
    )
    from .booking_request_option1_status import (
        BookingRequestOption1Status as BookingRequestOption1Status,
    )
    from .booking_request_option1_type import (
        BookingRequestOption1Type as BookingRequestOption1Type,
    )
    from .booking_request_option2 import BookingRequestOption2 as BookingRequestOption2
    from .booking_request_option2_type import (
        BookingRequestOption2Type as BookingRequestOption2Type,
    )
    from .booking_request_option3 import BookingRequestOption3 as BookingRequestOption3
    from .booking_request_option3_type import (
        BookingRequestOption3Type as BookingRequestOption3Type,
    )
    from .booking_requests_listing_filter import (
        BookingRequestsListingFilter as BookingRequestsListingFilter,
    )
    from .booking_status import BookingStatus as BookingStatus
    from .bookings_listing_filter import BookingsListingFilter as BookingsListingFilter
    from .boot_notification import BootNotification as BootNotification
    from .boot_notification import (
        BootNotificationNotification as BootNotificationNotification,
    )
    from .cancel_booking import CancelBooking as CancelBooking
    from .cardcom_invoice_manager import CardcomInvoiceManager as CardcomInvoiceManager
    from .cardcom_invoice_manager import (
        CardcomInvoiceManagerCompany as CardcomInvoiceManagerCompany,
    )
    from .cardcom_invoice_manager import (
        CardcomInvoiceManagerIndividual as CardcomInvoiceManagerIndividual,
    )
    from .cardlink_castles import CardlinkCastles as CardlinkCastles
    from .cdr import Cdr as Cdr
    from .cdr_delivery_response import CdrDeliveryResponse as CdrDeliveryResponse
    from .cdr import CdrOcpiData as CdrOcpiData
    from .cdr import CdrOcpiDataVersion as CdrOcpiDataVersion
    from .cdr import CdrOicpData as CdrOicpData
    from .cdr import (
        CdrOicpDataCalibrationLawVerificationInfo as CdrOicpDataCalibrationLawVerificationInfo,
    )
    from .cdr import CdrOicpDataIdentification as CdrOicpDataIdentification
    from .cdr import (
        CdrOicpDataIdentificationQrCodeIdentification as CdrOicpDataIdentificationQrCodeIdentification,
    )
    from .cdr import (
        CdrOicpDataIdentificationQrCodeIdentificationHashedPin as CdrOicpDataIdentificationQrCodeIdentificationHashedPin,
    )
    from .cdr import (
        CdrOicpDataIdentificationRemoteIdentification as CdrOicpDataIdentificationRemoteIdentification,
    )
    from .cdr import (
        CdrOicpDataIdentificationRfidIdentification as CdrOicpDataIdentificationRfidIdentification,
    )
    from .cdr import (
        CdrOicpDataIdentificationRfidMifareFamilyIdentification as CdrOicpDataIdentificationRfidMifareFamilyIdentification,
    )
    from .cdr import CdrOicpDataSignedMeteringValue as CdrOicpDataSignedMeteringValue
    from .cdr import (
        CdrOicpDataSignedMeteringValueMeteringStatus as CdrOicpDataSignedMeteringValueMeteringStatus,
    )
    from .cdr import CdrOicpDataVersion as CdrOicpDataVersion
    from .cdr import (
        CdrOicpQrCodeIdentificationHashedPinLegacyHashedData as CdrOicpQrCodeIdentificationHashedPinLegacyHashedData,
    )
    from .cdr import CdrProtocolType as CdrProtocolType
    from .cdr_read_include_item import CdrReadIncludeItem as CdrReadIncludeItem
    from .cdr_received_notification import (
        CdrReceivedNotification as CdrReceivedNotification,
    )
    from .cdr_received_notification import (
        CdrReceivedNotificationNotification as CdrReceivedNotificationNotification,
    )
    from .cdrs_listing_filter import CdrsListingFilter as CdrsListingFilter
    from .certificate_issue_an_emaid_request import (
        CertificateIssueAnEmaidRequest as CertificateIssueAnEmaidRequest,
    )
    from .change_flexibility_asset_status_request import (
        ChangeFlexibilityAssetStatusRequest as ChangeFlexibilityAssetStatusRequest,
    )
    from .change_installer_job_status_request import (
        ChangeInstallerJobStatusRequest as ChangeInstallerJobStatusRequest,
    )
    from .charge_point import ChargePoint as ChargePoint
    from .charge_point_available_personal_smart_charging_mode_item_option1 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption1 as ChargePointAvailablePersonalSmartChargingModeItemOption1,
    )
    from .charge_point_available_personal_smart_charging_mode_item_option1 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption1Defaults as ChargePointAvailablePersonalSmartChargingModeItemOption1Defaults,
    )
    from .charge_point_available_personal_smart_charging_mode_item_option2 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption2 as ChargePointAvailablePersonalSmartChargingModeItemOption2,
    )
    from .charge_point_available_personal_smart_charging_mode_item_option2 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults as ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults,
    )
    from .charge_point_available_personal_smart_charging_mode_item_option3 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption3 as ChargePointAvailablePersonalSmartChargingModeItemOption3,
    )
    from .charge_point_available_personal_smart_charging_mode_item_option3_defaults import (
        ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults as ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults,
    )
    from .charge_point_available_personal_smart_charging_mode_item_option4 import (
        ChargePointAvailablePersonalSmartChargingModeItemOption4 as ChargePointAvailablePersonalSmartChargingModeItemOption4,
    )
    from .charge_point_capability import ChargePointCapability as ChargePointCapability
    from .charge_point_change_availability_request import (
        ChargePointChangeAvailabilityRequest as ChargePointChangeAvailabilityRequest,
    )
    from .charge_point_change_availability_request import (
        ChargePointChangeAvailabilityRequestType as ChargePointChangeAvailabilityRequestType,
    )
    from .charge_point_change_owner_request import (
        ChargePointChangeOwnerRequest as ChargePointChangeOwnerRequest,
    )
    from .charge_point_change_sharing_code_request import (
        ChargePointChangeSharingCodeRequest as ChargePointChangeSharingCodeRequest,
    )
    from .charge_point_changed_notification import (
        ChargePointChangedNotification as ChargePointChangedNotification,
    )
    from .charge_point_changed_notification_deprecated import (
        ChargePointChangedNotificationDeprecated as ChargePointChangedNotificationDeprecated,
    )
    from .charge_point_changed_notification_deprecated import (
        ChargePointChangedNotificationDeprecatedNotification as ChargePointChangedNotificationDeprecatedNotification,
    )
    from .charge_point_changed_notification import (
        ChargePointChangedNotificationNotification as ChargePointChangedNotificationNotification,
    )
    from .charge_point_personal_smart_charging_preferences_option1 import (
        ChargePointChargingPreferencesOption1PreferencesTargetCharge as ChargePointChargingPreferencesOption1PreferencesTargetCharge,
    )
    from .charge_point_charging_preferences_option3_preferences_target_charge import (
        ChargePointChargingPreferencesOption3PreferencesTargetCharge as ChargePointChargingPreferencesOption3PreferencesTargetCharge,
    )
    from .charge_point_charging_preferences_option5_preferences_target_charge import (
        ChargePointChargingPreferencesOption5PreferencesTargetCharge as ChargePointChargingPreferencesOption5PreferencesTargetCharge,
    )
    from .charge_point_charging_profile import (
        ChargePointChargingProfile as ChargePointChargingProfile,
    )
    from .charge_point_clear_charging_profile_request import (
        ChargePointClearChargingProfileRequest as ChargePointClearChargingProfileRequest,
    )
    from .charge_point import (
        ChargePointCommunicationMode as ChargePointCommunicationMode,
    )
    from .charge_point_configuration import (
        ChargePointConfiguration as ChargePointConfiguration,
    )
    from .charge_point_configuration_item import (
        ChargePointConfigurationItem as ChargePointConfigurationItem,
    )
    from .charge_point_configuration import (
        ChargePointConfigurationKey as ChargePointConfigurationKey,
    )
    from .charge_point_configuration_read_key_option1 import (
        ChargePointConfigurationReadKeyOption1 as ChargePointConfigurationReadKeyOption1,
    )
    from .charge_point_configuration_update_request import (
        ChargePointConfigurationUpdateRequest as ChargePointConfigurationUpdateRequest,
    )
    from .charge_point_configurations_listing_filter import (
        ChargePointConfigurationsListingFilter as ChargePointConfigurationsListingFilter,
    )
    from .charge_point_create_deprecated_request import (
        ChargePointCreateDeprecatedRequest as ChargePointCreateDeprecatedRequest,
    )
    from .charge_point_create_deprecated_request_evses_value import (
        ChargePointCreateDeprecatedRequestEvsesValue as ChargePointCreateDeprecatedRequestEvsesValue,
    )
    from .charge_point_create_request import (
        ChargePointCreateRequest as ChargePointCreateRequest,
    )
    from .charge_point_create_request import (
        ChargePointCreateRequestCommunicationMode as ChargePointCreateRequestCommunicationMode,
    )
    from .charge_point_create_request_security import (
        ChargePointCreateRequestSecurity as ChargePointCreateRequestSecurity,
    )
    from .charge_point_create_request_status import (
        ChargePointCreateRequestStatus as ChargePointCreateRequestStatus,
    )
    from .charge_point_data_transfer_received_notification import (
        ChargePointDataTransferReceivedNotification as ChargePointDataTransferReceivedNotification,
    )
    from .charge_point_data_transfer_received_notification import (
        ChargePointDataTransferReceivedNotificationNotification as ChargePointDataTransferReceivedNotificationNotification,
    )
    from .charge_point_delete_certificate_request import (
        ChargePointDeleteCertificateRequest as ChargePointDeleteCertificateRequest,
    )
    from .charge_point_delete_certificate_request import (
        ChargePointDeleteCertificateRequestCertificateType as ChargePointDeleteCertificateRequestCertificateType,
    )
    from .charge_point_delete_include_item import (
        ChargePointDeleteIncludeItem as ChargePointDeleteIncludeItem,
    )
    from .charge_point_deprecated import ChargePointDeprecated as ChargePointDeprecated
    from .charge_point_deprecated_access_type import (
        ChargePointDeprecatedAccessType as ChargePointDeprecatedAccessType,
    )
    from .charge_point_deprecated_capability import (
        ChargePointDeprecatedCapability as ChargePointDeprecatedCapability,
    )
    from .charge_point_deprecated_charging_profile import (
        ChargePointDeprecatedChargingProfile as ChargePointDeprecatedChargingProfile,
    )
    from .charge_point_deprecated_charging_profile_charging_rate_unit import (
        ChargePointDeprecatedChargingProfileChargingRateUnit as ChargePointDeprecatedChargingProfileChargingRateUnit,
    )
    from .charge_point_deprecated_charging_profile_recurrency_kind import (
        ChargePointDeprecatedChargingProfileRecurrencyKind as ChargePointDeprecatedChargingProfileRecurrencyKind,
    )
    from .charge_point_deprecated_charging_profile_schedule_period import (
        ChargePointDeprecatedChargingProfileSchedulePeriod as ChargePointDeprecatedChargingProfileSchedulePeriod,
    )
    from .charge_point_deprecated_desired_security_profile_status import (
        ChargePointDeprecatedDesiredSecurityProfileStatus as ChargePointDeprecatedDesiredSecurityProfileStatus,
    )
    from .charge_point_deprecated import (
        ChargePointDeprecatedEvse as ChargePointDeprecatedEvse,
    )
    from .charge_point_deprecated import (
        ChargePointDeprecatedEvseConnector as ChargePointDeprecatedEvseConnector,
    )
    from .charge_point_deprecated import (
        ChargePointDeprecatedEvseRoaming as ChargePointDeprecatedEvseRoaming,
    )
    from .charge_point_deprecated_hardware_status import (
        ChargePointDeprecatedHardwareStatus as ChargePointDeprecatedHardwareStatus,
    )
    from .charge_point_deprecated_last_boot_notification import (
        ChargePointDeprecatedLastBootNotification as ChargePointDeprecatedLastBootNotification,
    )
    from .charge_point_deprecated_network_protocol import (
        ChargePointDeprecatedNetworkProtocol as ChargePointDeprecatedNetworkProtocol,
    )
    from .charge_point_deprecated_network_status import (
        ChargePointDeprecatedNetworkStatus as ChargePointDeprecatedNetworkStatus,
    )
    from .charge_point_deprecated_partner_access_type import (
        ChargePointDeprecatedPartnerAccessType as ChargePointDeprecatedPartnerAccessType,
    )
    from .charge_point_deprecated_status import (
        ChargePointDeprecatedStatus as ChargePointDeprecatedStatus,
    )
    from .charge_point_disconnect_request import (
        ChargePointDisconnectRequest as ChargePointDisconnectRequest,
    )
    from .charge_point_disconnect_response import (
        ChargePointDisconnectResponse as ChargePointDisconnectResponse,
    )
    from .charge_point_downtime_period import (
        ChargePointDowntimePeriod as ChargePointDowntimePeriod,
    )
    from .charge_point_downtime_period_create_request import (
        ChargePointDowntimePeriodCreateRequest as ChargePointDowntimePeriodCreateRequest,
    )
    from .charge_point_downtime_period_update_request import (
        ChargePointDowntimePeriodUpdateRequest as ChargePointDowntimePeriodUpdateRequest,
    )
    from .charge_point_downtime_periods_listing_filter import (
        ChargePointDowntimePeriodsListingFilter as ChargePointDowntimePeriodsListingFilter,
    )
    from .charge_point_evse import ChargePointEvse as ChargePointEvse
    from .charge_point_evse_connector import (
        ChargePointEvseConnector as ChargePointEvseConnector,
    )
    from .charge_point_evse_connector_create_request import (
        ChargePointEvseConnectorCreateRequest as ChargePointEvseConnectorCreateRequest,
    )
    from .charge_point_evse_connector_format import (
        ChargePointEvseConnectorFormat as ChargePointEvseConnectorFormat,
    )
    from .charge_point_evse_connector_status import (
        ChargePointEvseConnectorStatus as ChargePointEvseConnectorStatus,
    )
    from .charge_point_evse_connector_type import (
        ChargePointEvseConnectorType as ChargePointEvseConnectorType,
    )
    from .charge_point_evse_connector_update_request import (
        ChargePointEvseConnectorUpdateRequest as ChargePointEvseConnectorUpdateRequest,
    )
    from .charge_point_evse_create_request import (
        ChargePointEvseCreateRequest as ChargePointEvseCreateRequest,
    )
    from .charge_point_evse_delete_include_item import (
        ChargePointEvseDeleteIncludeItem as ChargePointEvseDeleteIncludeItem,
    )
    from .charge_point_evse_unlock_response import (
        ChargePointEvseUnlockResponse as ChargePointEvseUnlockResponse,
    )
    from .charge_point_evse_unlock_validation_error_body import (
        ChargePointEvseUnlockValidationErrorBody as ChargePointEvseUnlockValidationErrorBody,
    )
    from .charge_point_evse_update_request import (
        ChargePointEvseUpdateRequest as ChargePointEvseUpdateRequest,
    )
    from .charge_point_get_diagnostics_request import (
        ChargePointGetDiagnosticsRequest as ChargePointGetDiagnosticsRequest,
    )
    from .charge_point_get_diagnostics_response import (
        ChargePointGetDiagnosticsResponse as ChargePointGetDiagnosticsResponse,
    )
    from .charge_point_get_installed_certificate_ids_request import (
        ChargePointGetInstalledCertificateIdsRequest as ChargePointGetInstalledCertificateIdsRequest,
    )
    from .charge_point_get_installed_certificate_ids_request import (
        ChargePointGetInstalledCertificateIdsRequestCertificateType as ChargePointGetInstalledCertificateIdsRequestCertificateType,
    )
    from .charge_point_get_security_log_request import (
        ChargePointGetSecurityLogRequest as ChargePointGetSecurityLogRequest,
    )
    from .charge_point_get_security_log_result import (
        ChargePointGetSecurityLogResult as ChargePointGetSecurityLogResult,
    )
    from .charge_point_get_security_log_result import (
        ChargePointGetSecurityLogResultLogType as ChargePointGetSecurityLogResultLogType,
    )
    from .charge_point_hardware_status_log import (
        ChargePointHardwareStatusLog as ChargePointHardwareStatusLog,
    )
    from .charge_point_install_certificate_request import (
        ChargePointInstallCertificateRequest as ChargePointInstallCertificateRequest,
    )
    from .charge_point_install_certificate_request import (
        ChargePointInstallCertificateRequestCertificateType as ChargePointInstallCertificateRequestCertificateType,
    )
    from .charge_point import (
        ChargePointLastBootNotification as ChargePointLastBootNotification,
    )
    from .charge_point_latest_network_status_log import (
        ChargePointLatestNetworkStatusLog as ChargePointLatestNetworkStatusLog,
    )
    from .charge_point_model import ChargePointModel as ChargePointModel
    from .charge_point_model_create_request import (
        ChargePointModelCreateRequest as ChargePointModelCreateRequest,
    )
    from .charge_point_model_update_request import (
        ChargePointModelUpdateRequest as ChargePointModelUpdateRequest,
    )
    from .charge_point_models_listing_filter import (
        ChargePointModelsListingFilter as ChargePointModelsListingFilter,
    )
    from .charge_point_move_evses_to_satellite_request import (
        ChargePointMoveEvsesToSatelliteRequest as ChargePointMoveEvsesToSatelliteRequest,
    )
    from .charge_point_network import ChargePointNetwork as ChargePointNetwork
    from .charge_point import ChargePointNetworkStatus as ChargePointNetworkStatus
    from .charge_point_network_type import (
        ChargePointNetworkType as ChargePointNetworkType,
    )
    from .charge_point_partner import ChargePointPartner as ChargePointPartner
    from .charge_point_partner_access_type import (
        ChargePointPartnerAccessType as ChargePointPartnerAccessType,
    )
    from .charge_point_available_personal_smart_charging_mode_item_option4 import (
        ChargePointPersonalSmartChargingModeItemOption4Locations as ChargePointPersonalSmartChargingModeItemOption4Locations,
    )
    from .charge_point_personal_smart_charging_preferences_option1 import (
        ChargePointPersonalSmartChargingPreferencesOption1 as ChargePointPersonalSmartChargingPreferencesOption1,
    )
    from .charge_point_personal_smart_charging_preferences_option1 import (
        ChargePointPersonalSmartChargingPreferencesOption1Preferences as ChargePointPersonalSmartChargingPreferencesOption1Preferences,
    )
    from .charge_point_personal_smart_charging_preferences_option1_type import (
        ChargePointPersonalSmartChargingPreferencesOption1Type as ChargePointPersonalSmartChargingPreferencesOption1Type,
    )
    from .charge_point_personal_smart_charging_preferences_option2 import (
        ChargePointPersonalSmartChargingPreferencesOption2 as ChargePointPersonalSmartChargingPreferencesOption2,
    )
    from .charge_point_personal_smart_charging_preferences_option2 import (
        ChargePointPersonalSmartChargingPreferencesOption2Preferences as ChargePointPersonalSmartChargingPreferencesOption2Preferences,
    )
    from .charge_point_personal_smart_charging_preferences_option2 import (
        ChargePointPersonalSmartChargingPreferencesOption2Type as ChargePointPersonalSmartChargingPreferencesOption2Type,
    )
    from .charge_point_personal_smart_charging_preferences_option3 import (
        ChargePointPersonalSmartChargingPreferencesOption3 as ChargePointPersonalSmartChargingPreferencesOption3,
    )
    from .charge_point_personal_smart_charging_preferences_option3 import (
        ChargePointPersonalSmartChargingPreferencesOption3Preferences as ChargePointPersonalSmartChargingPreferencesOption3Preferences,
    )
    from .charge_point_personal_smart_charging_preferences_option3_type import (
        ChargePointPersonalSmartChargingPreferencesOption3Type as ChargePointPersonalSmartChargingPreferencesOption3Type,
    )
    from .charge_point_personal_smart_charging_preferences_option4 import (
        ChargePointPersonalSmartChargingPreferencesOption4 as ChargePointPersonalSmartChargingPreferencesOption4,
    )
    from .charge_point_personal_smart_charging_preferences_option4 import (
        ChargePointPersonalSmartChargingPreferencesOption4Preferences as ChargePointPersonalSmartChargingPreferencesOption4Preferences,
    )
    from .charge_point_personal_smart_charging_preferences_option4_type import (
        ChargePointPersonalSmartChargingPreferencesOption4Type as ChargePointPersonalSmartChargingPreferencesOption4Type,
    )
    from .charge_point_personal_smart_charging_preferences_option5 import (
        ChargePointPersonalSmartChargingPreferencesOption5 as ChargePointPersonalSmartChargingPreferencesOption5,
    )
    from .charge_point_personal_smart_charging_preferences_option5 import (
        ChargePointPersonalSmartChargingPreferencesOption5Preferences as ChargePointPersonalSmartChargingPreferencesOption5Preferences,
    )
    from .charge_point_personal_smart_charging_preferences_option5_type import (
        ChargePointPersonalSmartChargingPreferencesOption5Type as ChargePointPersonalSmartChargingPreferencesOption5Type,
    )
    from .charge_point_personal_smart_charging_preferences_option6 import (
        ChargePointPersonalSmartChargingPreferencesOption6 as ChargePointPersonalSmartChargingPreferencesOption6,
    )
    from .charge_point_personal_smart_charging_preferences_option6 import (
        ChargePointPersonalSmartChargingPreferencesOption6Preferences as ChargePointPersonalSmartChargingPreferencesOption6Preferences,
    )
    from .charge_point_personal_smart_charging_preferences_option6 import (
        ChargePointPersonalSmartChargingPreferencesOption6Type as ChargePointPersonalSmartChargingPreferencesOption6Type,
    )
    from .charge_point_personal_smart_charging_preferences_option1 import (
        ChargePointPreferencesOption1PreferencesTrackElectricityCosts as ChargePointPreferencesOption1PreferencesTrackElectricityCosts,
    )
    from .charge_point_set_charging_profile_request import (
        ChargePointRequestChargingScheduleChargingSchedulePeriodItem as ChargePointRequestChargingScheduleChargingSchedulePeriodItem,
    )
    from .charge_point_reserve_request import (
        ChargePointReserveRequest as ChargePointReserveRequest,
    )
    from .charge_point_reserve_response import (
        ChargePointReserveResponse as ChargePointReserveResponse,
    )
    from .charge_point_reset_type import ChargePointResetType as ChargePointResetType
    from .charge_point import ChargePointSecurity as ChargePointSecurity
    from .charge_point_send_data_transfer_request import (
        ChargePointSendDataTransferRequest as ChargePointSendDataTransferRequest,
    )
    from .charge_point_send_data_transfer_response import (
        ChargePointSendDataTransferResponse as ChargePointSendDataTransferResponse,
    )
    from .charge_point_send_data_transfer_response import (
        ChargePointSendDataTransferResponseStatus as ChargePointSendDataTransferResponseStatus,
    )
    from .charge_point_set_charging_profile_request import (
        ChargePointSetChargingProfileRequest as ChargePointSetChargingProfileRequest,
    )
    from .charge_point_set_charging_profile_request_charging_profile_kind import (
        ChargePointSetChargingProfileRequestChargingProfileKind as ChargePointSetChargingProfileRequestChargingProfileKind,
    )
    from .charge_point_set_charging_profile_request_charging_profile_purpose import (
        ChargePointSetChargingProfileRequestChargingProfilePurpose as ChargePointSetChargingProfileRequestChargingProfilePurpose,
    )
    from .charge_point_set_charging_profile_request import (
        ChargePointSetChargingProfileRequestChargingSchedule as ChargePointSetChargingProfileRequestChargingSchedule,
    )
    from .charge_point_set_charging_profile_request_recurrency_kind import (
        ChargePointSetChargingProfileRequestRecurrencyKind as ChargePointSetChargingProfileRequestRecurrencyKind,
    )
    from .charge_point_set_charging_profile_result import (
        ChargePointSetChargingProfileResult as ChargePointSetChargingProfileResult,
    )
    from .charge_point_set_configuration_request import (
        ChargePointSetConfigurationRequest as ChargePointSetConfigurationRequest,
    )
    from .charge_point_set_security_profile_request import (
        ChargePointSetSecurityProfileRequest as ChargePointSetSecurityProfileRequest,
    )
    from .charge_point_set_security_profile_request import (
        ChargePointSetSecurityProfileRequestSetSecurityProfile as ChargePointSetSecurityProfileRequestSetSecurityProfile,
    )
    from .charge_point_share import ChargePointShare as ChargePointShare
    from .charge_point_share_create_request import (
        ChargePointShareCreateRequest as ChargePointShareCreateRequest,
    )
    from .charge_point_shared_partner import (
        ChargePointSharedPartner as ChargePointSharedPartner,
    )
    from .charge_point_shared_partners_sync_request import (
        ChargePointSharedPartnersSyncRequest as ChargePointSharedPartnersSyncRequest,
    )
    from .charge_point_smart_charging_mode_item_option3_defaults_target_charge import (
        ChargePointSmartChargingModeItemOption3DefaultsTargetCharge as ChargePointSmartChargingModeItemOption3DefaultsTargetCharge,
    )
    from .charge_point_smart_charging_option1 import (
        ChargePointSmartChargingOption1 as ChargePointSmartChargingOption1,
    )
    from .charge_point_smart_charging_option1_mode import (
        ChargePointSmartChargingOption1Mode as ChargePointSmartChargingOption1Mode,
    )
    from .charge_point_smart_charging_option1_period import (
        ChargePointSmartChargingOption1Period as ChargePointSmartChargingOption1Period,
    )
    from .charge_point_smart_charging_option1_period import (
        ChargePointSmartChargingOption1PeriodElement as ChargePointSmartChargingOption1PeriodElement,
    )
    from .charge_point_smart_charging_option1_period import (
        ChargePointSmartChargingOption1PeriodWeekDay as ChargePointSmartChargingOption1PeriodWeekDay,
    )
    from .charge_point_smart_charging_option2 import (
        ChargePointSmartChargingOption2 as ChargePointSmartChargingOption2,
    )
    from .charge_point_smart_charging_option2_mode import (
        ChargePointSmartChargingOption2Mode as ChargePointSmartChargingOption2Mode,
    )
    from .charge_point_smart_charging_option3 import (
        ChargePointSmartChargingOption3 as ChargePointSmartChargingOption3,
    )
    from .charge_point_smart_charging_option3_mode import (
        ChargePointSmartChargingOption3Mode as ChargePointSmartChargingOption3Mode,
    )
    from .charge_point_smart_charging_option4 import (
        ChargePointSmartChargingOption4 as ChargePointSmartChargingOption4,
    )
    from .charge_point_smart_charging_option4 import (
        ChargePointSmartChargingOption4Mode as ChargePointSmartChargingOption4Mode,
    )
    from .charge_point_smart_charging_preferences_option1_preferences_week_day import (
        ChargePointSmartChargingPreferencesOption1PreferencesWeekDay as ChargePointSmartChargingPreferencesOption1PreferencesWeekDay,
    )
    from .charge_point_personal_smart_charging_preferences_option5 import (
        ChargePointSmartChargingPreferencesOption5PreferencesLocation as ChargePointSmartChargingPreferencesOption5PreferencesLocation,
    )
    from .charge_point_smart_charging_update_request_option1 import (
        ChargePointSmartChargingUpdateRequestOption1 as ChargePointSmartChargingUpdateRequestOption1,
    )
    from .charge_point_smart_charging_update_request_option2 import (
        ChargePointSmartChargingUpdateRequestOption2 as ChargePointSmartChargingUpdateRequestOption2,
    )
    from .charge_point_smart_charging_update_request_option3 import (
        ChargePointSmartChargingUpdateRequestOption3 as ChargePointSmartChargingUpdateRequestOption3,
    )
    from .charge_point_start_charging_session_request import (
        ChargePointStartChargingSessionRequest as ChargePointStartChargingSessionRequest,
    )
    from .charge_point_start_charging_session_response import (
        ChargePointStartChargingSessionResponse as ChargePointStartChargingSessionResponse,
    )
    from .charge_point_start_charging_session_response import (
        ChargePointStartChargingSessionResponseErrorCode as ChargePointStartChargingSessionResponseErrorCode,
    )
    from .charge_point_start_charging_session_without_evse_request import (
        ChargePointStartChargingSessionWithoutEvseRequest as ChargePointStartChargingSessionWithoutEvseRequest,
    )
    from .charge_point_start_charging_session_without_evse_response import (
        ChargePointStartChargingSessionWithoutEvseResponse as ChargePointStartChargingSessionWithoutEvseResponse,
    )
    from .charge_point_start_charging_session_without_evse_response import (
        ChargePointStartChargingSessionWithoutEvseResponseErrorCode as ChargePointStartChargingSessionWithoutEvseResponseErrorCode,
    )
    from .charge_point_status import ChargePointStatus as ChargePointStatus
    from .charge_point_status import ChargePointStatusEvse as ChargePointStatusEvse
    from .charge_point_stop_charging_session_request import (
        ChargePointStopChargingSessionRequest as ChargePointStopChargingSessionRequest,
    )
    from .charge_point_subscription import (
        ChargePointSubscription as ChargePointSubscription,
    )
    from .charge_point_sync_configuration_notification import (
        ChargePointSyncConfigurationNotification as ChargePointSyncConfigurationNotification,
    )
    from .charge_point_sync_configuration_notification import (
        ChargePointSyncConfigurationNotificationNotification as ChargePointSyncConfigurationNotificationNotification,
    )
    from .charge_point_sync_configuration_request import (
        ChargePointSyncConfigurationRequest as ChargePointSyncConfigurationRequest,
    )
    from .charge_point_sync_configuration_response import (
        ChargePointSyncConfigurationResponse as ChargePointSyncConfigurationResponse,
    )
    from .charge_point_trigger_message_charge_point_request import (
        ChargePointTriggerMessageChargePointRequest as ChargePointTriggerMessageChargePointRequest,
    )
    from .charge_point_trigger_message_charge_point_request import (
        ChargePointTriggerMessageChargePointRequestType as ChargePointTriggerMessageChargePointRequestType,
    )
    from .charge_point_update_deprecated_request import (
        ChargePointUpdateDeprecatedRequest as ChargePointUpdateDeprecatedRequest,
    )
    from .charge_point_update_firmware_request import (
        ChargePointUpdateFirmwareRequest as ChargePointUpdateFirmwareRequest,
    )
    from .charge_point_update_firmware_request import (
        ChargePointUpdateFirmwareRequestDownloadUrlProtocol as ChargePointUpdateFirmwareRequestDownloadUrlProtocol,
    )
    from .charge_point_update_request import (
        ChargePointUpdateRequest as ChargePointUpdateRequest,
    )
    from .charge_point_update_request import (
        ChargePointUpdateRequestNetwork as ChargePointUpdateRequestNetwork,
    )
    from .charge_point_update_request import (
        ChargePointUpdateRequestPartner as ChargePointUpdateRequestPartner,
    )
    from .charge_point_user import ChargePointUser as ChargePointUser
    from .charge_point_vendor import ChargePointVendor as ChargePointVendor
    from .charge_point_vendor_create_request import (
        ChargePointVendorCreateRequest as ChargePointVendorCreateRequest,
    )
    from .charge_point_vendor_update_request import (
        ChargePointVendorUpdateRequest as ChargePointVendorUpdateRequest,
    )
    from .charge_points_listing_deprecated_filter import (
        ChargePointsListingDeprecatedFilter as ChargePointsListingDeprecatedFilter,
    )
    from .charge_points_listing_filter import (
        ChargePointsListingFilter as ChargePointsListingFilter,
    )
    from .charge_points_listing_filter_type import (
        ChargePointsListingFilterType as ChargePointsListingFilterType,
    )
    from .charging_profile_applied_notification import (
        ChargingProfileAppliedNotification as ChargingProfileAppliedNotification,
    )
    from .charging_profile_applied_notification import (
        ChargingProfileAppliedNotificationNotification as ChargingProfileAppliedNotificationNotification,
    )
    from .circuit import Circuit as Circuit
    from .circuit_attach_charge_point_request import (
        CircuitAttachChargePointRequest as CircuitAttachChargePointRequest,
    )
    from .circuit_changed_notification import (
        CircuitChangedNotification as CircuitChangedNotification,
    )
    from .circuit_changed_notification import (
        CircuitChangedNotificationNotification as CircuitChangedNotificationNotification,
    )
    from .circuit_charge_point_priority import (
        CircuitChargePointPriority as CircuitChargePointPriority,
    )
    from .circuit_charge_point_priority import (
        CircuitChargePointPriorityEvse as CircuitChargePointPriorityEvse,
    )
    from .circuit_connected_phase import CircuitConnectedPhase as CircuitConnectedPhase
    from .circuit_consumption_notification import (
        CircuitConsumptionNotification as CircuitConsumptionNotification,
    )
    from .circuit_consumption_notification import (
        CircuitConsumptionNotificationNotification as CircuitConsumptionNotificationNotification,
    )
    from .circuit_consumption_phase_deprecated_phase import (
        CircuitConsumptionPhaseDeprecatedPhase as CircuitConsumptionPhaseDeprecatedPhase,
    )
    from .circuit_create_deprecated_request import (
        CircuitCreateDeprecatedRequest as CircuitCreateDeprecatedRequest,
    )
    from .circuit_create_request import CircuitCreateRequest as CircuitCreateRequest
    from .circuit_create_result import CircuitCreateResult as CircuitCreateResult
    from .circuit_deprecated import CircuitDeprecated as CircuitDeprecated
    from .circuit_deprecated_charge_point import (
        CircuitDeprecatedChargePoint as CircuitDeprecatedChargePoint,
    )
    from .circuit_deprecated_charge_point import (
        CircuitDeprecatedChargePointInputVoltage as CircuitDeprecatedChargePointInputVoltage,
    )
    from .circuit_deprecated_charge_point import (
        CircuitDeprecatedChargePointPhaseRotation as CircuitDeprecatedChargePointPhaseRotation,
    )
    from .circuit_deprecated_phases import (
        CircuitDeprecatedPhases as CircuitDeprecatedPhases,
    )
    from .circuit_electrical_configuration import (
        CircuitElectricalConfiguration as CircuitElectricalConfiguration,
    )
    from .circuit_load_balancing_integration import (
        CircuitLoadBalancingIntegration as CircuitLoadBalancingIntegration,
    )
    from .circuit_load_balancing_integration import (
        CircuitLoadBalancingIntegrationFieldsOption1 as CircuitLoadBalancingIntegrationFieldsOption1,
    )
    from .circuit_load_balancing_integration import (
        CircuitLoadBalancingIntegrationFieldsOption2 as CircuitLoadBalancingIntegrationFieldsOption2,
    )
    from .circuit_phase_rotation import CircuitPhaseRotation as CircuitPhaseRotation
    from .circuit_phases import CircuitPhases as CircuitPhases
    from .circuit_read_include_item import (
        CircuitReadIncludeItem as CircuitReadIncludeItem,
    )
    from .circuit_set_charge_point_evse_priority_request import (
        CircuitSetChargePointEvsePriorityRequest as CircuitSetChargePointEvsePriorityRequest,
    )
    from .circuit_set_circuit_soc_priority_request import (
        CircuitSetCircuitSocPriorityRequest as CircuitSetCircuitSocPriorityRequest,
    )
    from .circuit_unmanaged_load_item import (
        CircuitUnmanagedLoadItem as CircuitUnmanagedLoadItem,
    )
    from .circuit_update_deprecated_request import (
        CircuitUpdateDeprecatedRequest as CircuitUpdateDeprecatedRequest,
    )
    from .circuit_update_deprecated_response import (
        CircuitUpdateDeprecatedResponse as CircuitUpdateDeprecatedResponse,
    )
    from .circuit_update_request import CircuitUpdateRequest as CircuitUpdateRequest
    from .circuit_user_priority import CircuitUserPriority as CircuitUserPriority
    from .circuit_user_priority_create_request import (
        CircuitUserPriorityCreateRequest as CircuitUserPriorityCreateRequest,
    )
    from .circuit_user_priority_type import (
        CircuitUserPriorityType as CircuitUserPriorityType,
    )
    from .circuit_user_priority_update_request import (
        CircuitUserPriorityUpdateRequest as CircuitUserPriorityUpdateRequest,
    )
    from .circuits_listing_filter import CircuitsListingFilter as CircuitsListingFilter
    from .configuration_template import ConfigurationTemplate as ConfigurationTemplate
    from .configuration_template_apply_to_charge_points_request import (
        ConfigurationTemplateApplyToChargePointsRequest as ConfigurationTemplateApplyToChargePointsRequest,
    )
    from .configuration_template_ocpp_version import (
        ConfigurationTemplateOcppVersion as ConfigurationTemplateOcppVersion,
    )
    from .configuration_template_variable_option1 import (
        ConfigurationTemplateVariableOption1 as ConfigurationTemplateVariableOption1,
    )
    from .configuration_template_variable_option2 import (
        ConfigurationTemplateVariableOption2 as ConfigurationTemplateVariableOption2,
    )
    from .configuration_template_variable_option2_variable_type import (
        ConfigurationTemplateVariableOption2VariableType as ConfigurationTemplateVariableOption2VariableType,
    )
    from .configuration_template_variable_update_request_option1 import (
        ConfigurationTemplateVariableUpdateRequestOption1 as ConfigurationTemplateVariableUpdateRequestOption1,
    )
    from .configuration_template_variable_update_request_option2 import (
        ConfigurationTemplateVariableUpdateRequestOption2 as ConfigurationTemplateVariableUpdateRequestOption2,
    )
    from .configuration_variable_for_ocpp16 import (
        ConfigurationVariableForOcpp16 as ConfigurationVariableForOcpp16,
    )
    from .configuration_variable_for_ocpp201 import (
        ConfigurationVariableForOcpp201 as ConfigurationVariableForOcpp201,
    )
    from .consent import Consent as Consent
    from .consent_collection import ConsentCollection as ConsentCollection
    from .consent import ConsentSource as ConsentSource
    from .consent_status import ConsentStatus as ConsentStatus
    from .consent_term_type import ConsentTermType as ConsentTermType
    from .consents_create_request import ConsentsCreateRequest as ConsentsCreateRequest
    from .consents_listing_filter import ConsentsListingFilter as ConsentsListingFilter
    from .contact_details_read_response import (
        ContactDetailsReadResponse as ContactDetailsReadResponse,
    )
    from .contact_details_update_request import (
        ContactDetailsUpdateRequest as ContactDetailsUpdateRequest,
    )
    from .crane import Crane as Crane
    from .create_booking_request_input import (
        CreateBookingRequestInput as CreateBookingRequestInput,
    )
    from .create_configuration_template_request import (
        CreateConfigurationTemplateRequest as CreateConfigurationTemplateRequest,
    )
    from .create_currency_rate_request import (
        CreateCurrencyRateRequest as CreateCurrencyRateRequest,
    )
    from .create_flexibility_asset_request import (
        CreateFlexibilityAssetRequest as CreateFlexibilityAssetRequest,
    )
    from .create_installer_job_request import (
        CreateInstallerJobRequest as CreateInstallerJobRequest,
    )
    from .create_parking_space_request import (
        CreateParkingSpaceRequest as CreateParkingSpaceRequest,
    )
    from .create_payment_terminal_request_option1_option1 import (
        CreatePaymentTerminalRequestOption1Option1 as CreatePaymentTerminalRequestOption1Option1,
    )
    from .create_payment_terminal_request_option3 import (
        CreatePaymentTerminalRequestOption3 as CreatePaymentTerminalRequestOption3,
    )
    from .create_payment_terminal_request_option7 import (
        CreatePaymentTerminalRequestOption7 as CreatePaymentTerminalRequestOption7,
    )
    from .create_pc_id_request import CreatePcIdRequest as CreatePcIdRequest
    from .create_roaming_custom_tariff_filter_request import (
        CreateRoamingCustomTariffFilterRequest as CreateRoamingCustomTariffFilterRequest,
    )
    from .create_utility_request import CreateUtilityRequest as CreateUtilityRequest
    from .currency import Currency as Currency
    from .currency_alphabetic_code import (
        CurrencyAlphabeticCode as CurrencyAlphabeticCode,
    )
    from .currency_create_request import CurrencyCreateRequest as CurrencyCreateRequest
    from .currency_rate import CurrencyRate as CurrencyRate
    from .custom_fee import CustomFee as CustomFee
    from .custom_fees_listing_filter import (
        CustomFeesListingFilter as CustomFeesListingFilter,
    )
    from .diagnostics_status_notification import (
        DiagnosticsStatusNotification as DiagnosticsStatusNotification,
    )
    from .diagnostics_status_notification import (
        DiagnosticsStatusNotificationNotification as DiagnosticsStatusNotificationNotification,
    )
    from .diagnostics_status_notification import (
        DiagnosticsStatusNotificationStatus as DiagnosticsStatusNotificationStatus,
    )
    from .downtime_period_notice import DowntimePeriodNotice as DowntimePeriodNotice
    from .ecpay_invoice_manager import EcpayInvoiceManager as EcpayInvoiceManager
    from .ecpay_invoice_manager_carrier_type import (
        EcpayInvoiceManagerCarrierType as EcpayInvoiceManagerCarrierType,
    )
    from .ecpay_invoice_manager_invoice_type import (
        EcpayInvoiceManagerInvoiceType as EcpayInvoiceManagerInvoiceType,
    )
    from .electricity_meter import ElectricityMeter as ElectricityMeter
    from .electricity_meter_create_request import (
        ElectricityMeterCreateRequest as ElectricityMeterCreateRequest,
    )
    from .electricity_meter_report_consumption_request import (
        ElectricityMeterReportConsumptionRequest as ElectricityMeterReportConsumptionRequest,
    )
    from .electricity_meter_update_request import (
        ElectricityMeterUpdateRequest as ElectricityMeterUpdateRequest,
    )
    from .electricity_rate import ElectricityRate as ElectricityRate
    from .electricity_rate_create_deprecated_request import (
        ElectricityRateCreateDeprecatedRequest as ElectricityRateCreateDeprecatedRequest,
    )
    from .electricity_rate_create_request import (
        ElectricityRateCreateRequest as ElectricityRateCreateRequest,
    )
    from .electricity_rate_deprecated import (
        ElectricityRateDeprecated as ElectricityRateDeprecated,
    )
    from .electricity_rate_deprecated_interval_pricing_item import (
        ElectricityRateDeprecatedIntervalPricingItem as ElectricityRateDeprecatedIntervalPricingItem,
    )
    from .electricity_rate_deprecated_interval_pricing_item_element import (
        ElectricityRateDeprecatedIntervalPricingItemElement as ElectricityRateDeprecatedIntervalPricingItemElement,
    )
    from .electricity_rate_deprecated_interval_pricing_item_week_day import (
        ElectricityRateDeprecatedIntervalPricingItemWeekDay as ElectricityRateDeprecatedIntervalPricingItemWeekDay,
    )
    from .electricity_rate_deprecated_interval_special_pricing_item import (
        ElectricityRateDeprecatedIntervalSpecialPricingItem as ElectricityRateDeprecatedIntervalSpecialPricingItem,
    )
    from .electricity_rate_deprecated_pricing_granularity_in_minutes import (
        ElectricityRateDeprecatedPricingGranularityInMinutes as ElectricityRateDeprecatedPricingGranularityInMinutes,
    )
    from .electricity_rate_energy_mix import (
        ElectricityRateEnergyMix as ElectricityRateEnergyMix,
    )
    from .electricity_rate_price_period_option1 import (
        ElectricityRatePricePeriodOption1 as ElectricityRatePricePeriodOption1,
    )
    from .electricity_rate_price_period_option1_period import (
        ElectricityRatePricePeriodOption1Period as ElectricityRatePricePeriodOption1Period,
    )
    from .electricity_rate_price_period_option2 import (
        ElectricityRatePricePeriodOption2 as ElectricityRatePricePeriodOption2,
    )
    from .electricity_rate_price_periods_date_create_or_update_request import (
        ElectricityRatePricePeriodsDateCreateOrUpdateRequest as ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
    )
    from .electricity_rate_price_periods_date_create_or_update_response import (
        ElectricityRatePricePeriodsDateCreateOrUpdateResponse as ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
    )
    from .electricity_rate_price_periods_date_create_or_update_response_links import (
        ElectricityRatePricePeriodsDateCreateOrUpdateResponseLinks as ElectricityRatePricePeriodsDateCreateOrUpdateResponseLinks,
    )
    from .electricity_rate_price_periods_date_create_or_update_response_meta import (
        ElectricityRatePricePeriodsDateCreateOrUpdateResponseMeta as ElectricityRatePricePeriodsDateCreateOrUpdateResponseMeta,
    )
    from .electricity_rate_price_periods_week_day_createa_or_update_response import (
        ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse as ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
    )
    from .electricity_rate_price_periods_week_day_createa_or_update_week_day import (
        ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay as ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay,
    )
    from .electricity_rate_type import ElectricityRateType as ElectricityRateType
    from .electricity_rate_update_request import (
        ElectricityRateUpdateRequest as ElectricityRateUpdateRequest,
    )
    from .electricity_rates_listing_deprecated_filter import (
        ElectricityRatesListingDeprecatedFilter as ElectricityRatesListingDeprecatedFilter,
    )
    from .electricity_rates_listing_filter import (
        ElectricityRatesListingFilter as ElectricityRatesListingFilter,
    )
    from .error_body import ErrorBody as ErrorBody
    from .evse import Evse as Evse
    from .evse_bulk_assign_tariff_groups_request import (
        EvseBulkAssignTariffGroupsRequest as EvseBulkAssignTariffGroupsRequest,
    )
    from .evse_bulk_assign_tariff_groups_request import (
        EvseBulkAssignTariffGroupsRequestFilters as EvseBulkAssignTariffGroupsRequestFilters,
    )
    from .evse_changed_notification import (
        EvseChangedNotification as EvseChangedNotification,
    )
    from .evse_changed_notification_action import (
        EvseChangedNotificationAction as EvseChangedNotificationAction,
    )
    from .evse_changed_notification import (
        EvseChangedNotificationNotification as EvseChangedNotificationNotification,
    )
    from .evse_charging_profile import EvseChargingProfile as EvseChargingProfile
    from .evse_charging_profile import (
        EvseChargingProfileSchedulePeriod as EvseChargingProfileSchedulePeriod,
    )
    from .evse_create_request import EvseCreateRequest as EvseCreateRequest
    from .evse_current_type import EvseCurrentType as EvseCurrentType
    from .evse_delete_include_item import EvseDeleteIncludeItem as EvseDeleteIncludeItem
    from .evse_deprecated import EvseDeprecated as EvseDeprecated
    from .evse_deprecated_connector import (
        EvseDeprecatedConnector as EvseDeprecatedConnector,
    )
    from .evse_deprecated_connector_type import (
        EvseDeprecatedConnectorType as EvseDeprecatedConnectorType,
    )
    from .evse_deprecated_hardware_status import (
        EvseDeprecatedHardwareStatus as EvseDeprecatedHardwareStatus,
    )
    from .evse_deprecated_max_voltage import (
        EvseDeprecatedMaxVoltage as EvseDeprecatedMaxVoltage,
    )
    from .evse_deprecated_phase_rotation import (
        EvseDeprecatedPhaseRotation as EvseDeprecatedPhaseRotation,
    )
    from .evse_deprecated_phases import EvseDeprecatedPhases as EvseDeprecatedPhases
    from .evse_deprecated import EvseDeprecatedRoaming as EvseDeprecatedRoaming
    from .evse_deprecated_status import EvseDeprecatedStatus as EvseDeprecatedStatus
    from .evse_downtime_period import EvseDowntimePeriod as EvseDowntimePeriod
    from .evse_downtime_period_create_request import (
        EvseDowntimePeriodCreateRequest as EvseDowntimePeriodCreateRequest,
    )
    from .evse_downtime_period_entry_mode import (
        EvseDowntimePeriodEntryMode as EvseDowntimePeriodEntryMode,
    )
    from .evse_downtime_period_statuses import (
        EvseDowntimePeriodStatuses as EvseDowntimePeriodStatuses,
    )
    from .evse_downtime_period_type import (
        EvseDowntimePeriodType as EvseDowntimePeriodType,
    )
    from .evse_downtime_periods_listing_filter import (
        EvseDowntimePeriodsListingFilter as EvseDowntimePeriodsListingFilter,
    )
    from .evse_hardware_status import EvseHardwareStatus as EvseHardwareStatus
    from .evse_power_options import EvsePowerOptions as EvsePowerOptions
    from .evse_roaming import EvseRoaming as EvseRoaming
    from .evse_roaming_status import EvseRoamingStatus as EvseRoamingStatus
    from .evse_status import EvseStatus as EvseStatus
    from .evse_update_deprecated_request import (
        EvseUpdateDeprecatedRequest as EvseUpdateDeprecatedRequest,
    )
    from .evses_listing_deprecated_filter import (
        EvsesListingDeprecatedFilter as EvsesListingDeprecatedFilter,
    )
    from .evses_listing_filter import EvsesListingFilter as EvsesListingFilter
    from .expense import Expense as Expense
    from .expense_breakdown_item import ExpenseBreakdownItem as ExpenseBreakdownItem
    from .expense_deprecated import ExpenseDeprecated as ExpenseDeprecated
    from .expense_origin import ExpenseOrigin as ExpenseOrigin
    from .expenses_listing_deprecated_filter import (
        ExpensesListingDeprecatedFilter as ExpensesListingDeprecatedFilter,
    )
    from .expenses_listing_filter import ExpensesListingFilter as ExpensesListingFilter
    from .faq import Faq as Faq
    from .faq_create_request import FaqCreateRequest as FaqCreateRequest
    from .faq_update_request import FaqUpdateRequest as FaqUpdateRequest
    from .firmware_version import FirmwareVersion as FirmwareVersion
    from .firmware_version_read_include_item import (
        FirmwareVersionReadIncludeItem as FirmwareVersionReadIncludeItem,
    )
    from .firmware_versions_listing_filter import (
        FirmwareVersionsListingFilter as FirmwareVersionsListingFilter,
    )
    from .flexibility_activation_request import (
        FlexibilityActivationRequest as FlexibilityActivationRequest,
    )
    from .flexibility_activation_request import (
        FlexibilityActivationRequestPeriod as FlexibilityActivationRequestPeriod,
    )
    from .flexibility_asset import FlexibilityAsset as FlexibilityAsset
    from .flexibility_asset_create_activation_request_request import (
        FlexibilityAssetCreateActivationRequestRequest as FlexibilityAssetCreateActivationRequestRequest,
    )
    from .flexibility_asset_create_activation_request_request import (
        FlexibilityAssetCreateActivationRequestRequestPeriod as FlexibilityAssetCreateActivationRequestRequestPeriod,
    )
    from .forbidden_error_body import ForbiddenErrorBody as ForbiddenErrorBody
    from .get_downtime_period_notices_filter import (
        GetDowntimePeriodNoticesFilter as GetDowntimePeriodNoticesFilter,
    )
    from .get_historical_time_series_filter import (
        GetHistoricalTimeSeriesFilter as GetHistoricalTimeSeriesFilter,
    )
    from .get_installer_job_include_item import (
        GetInstallerJobIncludeItem as GetInstallerJobIncludeItem,
    )
    from .get_installer_jobs_list_filter import (
        GetInstallerJobsListFilter as GetInstallerJobsListFilter,
    )
    from .get_parking_space_include_item import (
        GetParkingSpaceIncludeItem as GetParkingSpaceIncludeItem,
    )
    from .get_payment_terminals_filter import (
        GetPaymentTerminalsFilter as GetPaymentTerminalsFilter,
    )
    from .hardware_status_notification import (
        HardwareStatusNotification as HardwareStatusNotification,
    )
    from .hardware_status_notification import (
        HardwareStatusNotificationNotification as HardwareStatusNotificationNotification,
    )
    from .historical_time_series import HistoricalTimeSeries as HistoricalTimeSeries
    from .hubject import Hubject as Hubject
    from .id_tag import IdTag as IdTag
    from .id_tag_changed_notification import (
        IdTagChangedNotification as IdTagChangedNotification,
    )
    from .id_tag_changed_notification import (
        IdTagChangedNotificationNotification as IdTagChangedNotificationNotification,
    )
    from .id_tag_create_request import IdTagCreateRequest as IdTagCreateRequest
    from .id_tag_create_result import IdTagCreateResult as IdTagCreateResult
    from .id_tag_create_result_type import (
        IdTagCreateResultType as IdTagCreateResultType,
    )
    from .id_tag_type import IdTagType as IdTagType
    from .id_tag_update_request import IdTagUpdateRequest as IdTagUpdateRequest
    from .id_tag_vehicle_type import IdTagVehicleType as IdTagVehicleType
    from .id_tags_listing_filter import IdTagsListingFilter as IdTagsListingFilter
    from .installer_job import InstallerJob as InstallerJob
    from .installer_job_changed_notification import (
        InstallerJobChangedNotification as InstallerJobChangedNotification,
    )
    from .installer_job_changed_notification_charge_point import (
        InstallerJobChangedNotificationChargePoint as InstallerJobChangedNotificationChargePoint,
    )
    from .installer_job_changed_notification import (
        InstallerJobChangedNotificationNotification as InstallerJobChangedNotificationNotification,
    )
    from .installer_jobs_list import InstallerJobsList as InstallerJobsList
    from .installer_jobs_list_status import (
        InstallerJobsListStatus as InstallerJobsListStatus,
    )
    from .invoice import Invoice as Invoice
    from .invoice import InvoiceClient as InvoiceClient
    from .invoice_details_create_or_update_request_option1 import (
        InvoiceDetailsCreateOrUpdateRequestOption1 as InvoiceDetailsCreateOrUpdateRequestOption1,
    )
    from .invoice_details_create_or_update_request_option2 import (
        InvoiceDetailsCreateOrUpdateRequestOption2 as InvoiceDetailsCreateOrUpdateRequestOption2,
    )
    from .invoice_details_create_or_update_request_option3 import (
        InvoiceDetailsCreateOrUpdateRequestOption3 as InvoiceDetailsCreateOrUpdateRequestOption3,
    )
    from .invoice_details_create_or_update_request_option4 import (
        InvoiceDetailsCreateOrUpdateRequestOption4 as InvoiceDetailsCreateOrUpdateRequestOption4,
    )
    from .invoice import InvoiceType as InvoiceType
    from .invoices_listing_filter import InvoicesListingFilter as InvoicesListingFilter
    from .list_configuration_templates_filter import (
        ListConfigurationTemplatesFilter as ListConfigurationTemplatesFilter,
    )
    from .list_configuration_templates_filter import (
        ListConfigurationTemplatesFilterOcppVersion as ListConfigurationTemplatesFilterOcppVersion,
    )
    from .list_currency_rates_filter import (
        ListCurrencyRatesFilter as ListCurrencyRatesFilter,
    )
    from .list_flexibility_activation_requests_filter import (
        ListFlexibilityActivationRequestsFilter as ListFlexibilityActivationRequestsFilter,
    )
    from .list_flexibility_assets_filter import (
        ListFlexibilityAssetsFilter as ListFlexibilityAssetsFilter,
    )
    from .list_parking_space_filter import (
        ListParkingSpaceFilter as ListParkingSpaceFilter,
    )
    from .list_roaming_custom_tariff_filters_filter import (
        ListRoamingCustomTariffFiltersFilter as ListRoamingCustomTariffFiltersFilter,
    )
    from .location import Location as Location
    from .location_access_method import LocationAccessMethod as LocationAccessMethod
    from .location_changed_notification import (
        LocationChangedNotification as LocationChangedNotification,
    )
    from .location_changed_notification import (
        LocationChangedNotificationLocation as LocationChangedNotificationLocation,
    )
    from .location_changed_notification import (
        LocationChangedNotificationNotification as LocationChangedNotificationNotification,
    )
    from .location_charging_zone import LocationChargingZone as LocationChargingZone
    from .location import LocationChargingZone2 as LocationChargingZone2
    from .location_charging_zone_additional_info import (
        LocationChargingZoneAdditionalInfo as LocationChargingZoneAdditionalInfo,
    )
    from .location_charging_zone_create_request import (
        LocationChargingZoneCreateRequest as LocationChargingZoneCreateRequest,
    )
    from .location_charging_zone_update_request import (
        LocationChargingZoneUpdateRequest as LocationChargingZoneUpdateRequest,
    )
    from .location_check_booking_availability_request import (
        LocationCheckBookingAvailabilityRequest as LocationCheckBookingAvailabilityRequest,
    )
    from .location_check_booking_availability_result_item import (
        LocationCheckBookingAvailabilityResultItem as LocationCheckBookingAvailabilityResultItem,
    )
    from .location_check_booking_availability_result_item import (
        LocationCheckBookingAvailabilityResultItemAvailableSlot as LocationCheckBookingAvailabilityResultItemAvailableSlot,
    )
    from .location_create_deprecated_request import (
        LocationCreateDeprecatedRequest as LocationCreateDeprecatedRequest,
    )
    from .location_create_request import LocationCreateRequest as LocationCreateRequest
    from .location_delete_include_item import (
        LocationDeleteIncludeItem as LocationDeleteIncludeItem,
    )
    from .location_deprecated import LocationDeprecated as LocationDeprecated
    from .location_deprecated_status import (
        LocationDeprecatedStatus as LocationDeprecatedStatus,
    )
    from .location_deprecated_working_hours import (
        LocationDeprecatedWorkingHours as LocationDeprecatedWorkingHours,
    )
    from .location_deprecated_working_hours_hours import (
        LocationDeprecatedWorkingHoursHours as LocationDeprecatedWorkingHoursHours,
    )
    from .location_deprecated_working_hours_hours import (
        LocationDeprecatedWorkingHoursHoursFridayItem as LocationDeprecatedWorkingHoursHoursFridayItem,
    )
    from .location_facility import LocationFacility as LocationFacility
    from .location_geoposition import LocationGeoposition as LocationGeoposition
    from .location_image import LocationImage as LocationImage
    from .location_parking_type import LocationParkingType as LocationParkingType
    from .location import LocationRoaming as LocationRoaming
    from .location_update_deprecated_request import (
        LocationUpdateDeprecatedRequest as LocationUpdateDeprecatedRequest,
    )
    from .location_update_request import LocationUpdateRequest as LocationUpdateRequest
    from .location_working_hours import LocationWorkingHours as LocationWorkingHours
    from .locations_listing_deprecated_filter import (
        LocationsListingDeprecatedFilter as LocationsListingDeprecatedFilter,
    )
    from .locations_listing_filter import (
        LocationsListingFilter as LocationsListingFilter,
    )
    from .locations_listing_filter import (
        LocationsListingFilterState as LocationsListingFilterState,
    )
    from .nayax import Nayax as Nayax
    from .network_status_notification import (
        NetworkStatusNotification as NetworkStatusNotification,
    )
    from .network_status_notification import (
        NetworkStatusNotificationNotification as NetworkStatusNotificationNotification,
    )
    from .not_acceptable_error_body import (
        NotAcceptableErrorBody as NotAcceptableErrorBody,
    )
    from .notification_kafka import NotificationKafka as NotificationKafka
    from .notification_kafka import (
        NotificationKafkaCompressionCodec as NotificationKafkaCompressionCodec,
    )
    from .notification_kafka import (
        NotificationKafkaSaslMechanism as NotificationKafkaSaslMechanism,
    )
    from .notification_kafka import (
        NotificationKafkaSecurityProtocol as NotificationKafkaSecurityProtocol,
    )
    from .notification_notification import (
        NotificationNotification as NotificationNotification,
    )
    from .notification_via import NotificationVia as NotificationVia
    from .notification_webhook import NotificationWebhook as NotificationWebhook
    from .notification import Notification_ as Notification_
    from .notifications import Notifications as Notifications
    from .notifications_create_request import (
        NotificationsCreateRequest as NotificationsCreateRequest,
    )
    from .notifications_resend_failed_request import (
        NotificationsResendFailedRequest as NotificationsResendFailedRequest,
    )
    from .notifications_subscribe_deprecated_request import (
        NotificationsSubscribeDeprecatedRequest as NotificationsSubscribeDeprecatedRequest,
    )
    from .ocpi_or_gireve221 import OcpiOrGireve221 as OcpiOrGireve221
    from .parking_space import ParkingSpace as ParkingSpace
    from .parking_space_occupancy_status import (
        ParkingSpaceOccupancyStatus as ParkingSpaceOccupancyStatus,
    )
    from .parking_space_occupancy_status_changed_notification import (
        ParkingSpaceOccupancyStatusChangedNotification as ParkingSpaceOccupancyStatusChangedNotification,
    )
    from .parking_space_occupancy_status_changed_notification import (
        ParkingSpaceOccupancyStatusChangedNotificationNotification as ParkingSpaceOccupancyStatusChangedNotificationNotification,
    )
    from .parking_space_occupancy_status_changed_notification_occupancy_status import (
        ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus as ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus,
    )
    from .parking_space_update_occupancy_status_request import (
        ParkingSpaceUpdateOccupancyStatusRequest as ParkingSpaceUpdateOccupancyStatusRequest,
    )
    from .partner import Partner as Partner
    from .partner_changed_notification import (
        PartnerChangedNotification as PartnerChangedNotification,
    )
    from .partner_changed_notification_action import (
        PartnerChangedNotificationAction as PartnerChangedNotificationAction,
    )
    from .partner_changed_notification_deprecated import (
        PartnerChangedNotificationDeprecated as PartnerChangedNotificationDeprecated,
    )
    from .partner_changed_notification_deprecated import (
        PartnerChangedNotificationDeprecatedNotification as PartnerChangedNotificationDeprecatedNotification,
    )
    from .partner_changed_notification import (
        PartnerChangedNotificationNotification as PartnerChangedNotificationNotification,
    )
    from .partner_changed_notification import (
        PartnerChangedNotificationUser as PartnerChangedNotificationUser,
    )
    from .partner_contact_details import PartnerContactDetails as PartnerContactDetails
    from .partner_contact_details import (
        PartnerContactDetailsBilling as PartnerContactDetailsBilling,
    )
    from .partner_contract import PartnerContract as PartnerContract
    from .partner_contract_access_and_permissions import (
        PartnerContractAccessAndPermissions as PartnerContractAccessAndPermissions,
    )
    from .partner_contract_create_request import (
        PartnerContractCreateRequest as PartnerContractCreateRequest,
    )
    from .partner_contract_monthly_platform_fees import (
        PartnerContractMonthlyPlatformFees as PartnerContractMonthlyPlatformFees,
    )
    from .partner_contract_revenue_sharing import (
        PartnerContractRevenueSharing as PartnerContractRevenueSharing,
    )
    from .partner_corporate_billing import (
        PartnerCorporateBilling as PartnerCorporateBilling,
    )
    from .partner_country import PartnerCountry as PartnerCountry
    from .partner_create_deprecated_request import (
        PartnerCreateDeprecatedRequest as PartnerCreateDeprecatedRequest,
    )
    from .partner_create_request import PartnerCreateRequest as PartnerCreateRequest
    from .partner_deprecated import PartnerDeprecated as PartnerDeprecated
    from .partner_invite import PartnerInvite as PartnerInvite
    from .partner_invite_changed_notification import (
        PartnerInviteChangedNotification as PartnerInviteChangedNotification,
    )
    from .partner_invite_changed_notification import (
        PartnerInviteChangedNotificationNotification as PartnerInviteChangedNotificationNotification,
    )
    from .partner_invite_create_request import (
        PartnerInviteCreateRequest as PartnerInviteCreateRequest,
    )
    from .partner_invite_options import PartnerInviteOptions as PartnerInviteOptions
    from .partner_invite_status import PartnerInviteStatus as PartnerInviteStatus
    from .partner_invite_update_request import (
        PartnerInviteUpdateRequest as PartnerInviteUpdateRequest,
    )
    from .partner_invites_listing_filter import (
        PartnerInvitesListingFilter as PartnerInvitesListingFilter,
    )
    from .partner_notifications import PartnerNotifications as PartnerNotifications
    from .partner_notifications import (
        PartnerNotificationsBilling as PartnerNotificationsBilling,
    )
    from .partner_notifications import (
        PartnerNotificationsTechnical as PartnerNotificationsTechnical,
    )
    from .partner_options import PartnerOptions as PartnerOptions
    from .partner_settlement_report import (
        PartnerSettlementReport as PartnerSettlementReport,
    )
    from .partner_settlement_report import (
        PartnerSettlementReportCustomer as PartnerSettlementReportCustomer,
    )
    from .partner_settlement_report_partner_settlement_record import (
        PartnerSettlementReportPartnerSettlementRecord as PartnerSettlementReportPartnerSettlementRecord,
    )
    from .partner_settlement_report_partner_settlement_record_create_request import (
        PartnerSettlementReportPartnerSettlementRecordCreateRequest as PartnerSettlementReportPartnerSettlementRecordCreateRequest,
    )
    from .partner_settlement_report import (
        PartnerSettlementReportSupplier as PartnerSettlementReportSupplier,
    )
    from .partner_settlement_report_total_amount import (
        PartnerSettlementReportTotalAmount as PartnerSettlementReportTotalAmount,
    )
    from .partner_settlement_reports_listing_filter import (
        PartnerSettlementReportsListingFilter as PartnerSettlementReportsListingFilter,
    )
    from .partner_state import PartnerState as PartnerState
    from .partner_update_request_option1 import (
        PartnerUpdateRequestOption1 as PartnerUpdateRequestOption1,
    )
    from .partners_listing_filter import PartnersListingFilter as PartnersListingFilter
    from .patch_downtime_period_notice_request import (
        PatchDowntimePeriodNoticeRequest as PatchDowntimePeriodNoticeRequest,
    )
    from .pax import Pax as Pax
    from .payment_method import PaymentMethod as PaymentMethod
    from .payment_method import (
        PaymentMethodBankTransferType as PaymentMethodBankTransferType,
    )
    from .payment_method_create_request import (
        PaymentMethodCreateRequest as PaymentMethodCreateRequest,
    )
    from .payment_method_create_request import (
        PaymentMethodCreateRequestBankTransferType as PaymentMethodCreateRequestBankTransferType,
    )
    from .payment_method import PaymentMethodIssuer as PaymentMethodIssuer
    from .payment_method_tokenized_type import (
        PaymentMethodTokenizedType as PaymentMethodTokenizedType,
    )
    from .payment_method import PaymentMethodType as PaymentMethodType
    from .payment_method_update_request import (
        PaymentMethodUpdateRequest as PaymentMethodUpdateRequest,
    )
    from .payment_method_update_validation_error_body import (
        PaymentMethodUpdateValidationErrorBody as PaymentMethodUpdateValidationErrorBody,
    )
    from .payment_method_update_validation_error_body import (
        PaymentMethodUpdateValidationErrorBodyMessage as PaymentMethodUpdateValidationErrorBodyMessage,
    )
    from .payment_method_wallet_type import (
        PaymentMethodWalletType as PaymentMethodWalletType,
    )
    from .payment_terminal_option10 import (
        PaymentTerminalOption10 as PaymentTerminalOption10,
    )
    from .payment_terminal_option11 import (
        PaymentTerminalOption11 as PaymentTerminalOption11,
    )
    from .payment_terminal_option12 import (
        PaymentTerminalOption12 as PaymentTerminalOption12,
    )
    from .payment_terminal_option12_bundle import (
        PaymentTerminalOption12Bundle as PaymentTerminalOption12Bundle,
    )
    from .payment_terminal_option12_info_item import (
        PaymentTerminalOption12InfoItem as PaymentTerminalOption12InfoItem,
    )
    from .payment_terminal_option12_network_status import (
        PaymentTerminalOption12NetworkStatus as PaymentTerminalOption12NetworkStatus,
    )
    from .payment_terminal_option1_option1 import (
        PaymentTerminalOption1Option1 as PaymentTerminalOption1Option1,
    )
    from .payment_terminal_option1_option2 import (
        PaymentTerminalOption1Option2 as PaymentTerminalOption1Option2,
    )
    from .payment_terminal_option3 import (
        PaymentTerminalOption3 as PaymentTerminalOption3,
    )
    from .payment_terminal_option4 import (
        PaymentTerminalOption4 as PaymentTerminalOption4,
    )
    from .payment_terminal_option5 import (
        PaymentTerminalOption5 as PaymentTerminalOption5,
    )
    from .payment_terminal_option6 import (
        PaymentTerminalOption6 as PaymentTerminalOption6,
    )
    from .payment_terminal_option6_terminal_type import (
        PaymentTerminalOption6TerminalType as PaymentTerminalOption6TerminalType,
    )
    from .payment_terminal_option7 import (
        PaymentTerminalOption7 as PaymentTerminalOption7,
    )
    from .payment_terminal_option9 import (
        PaymentTerminalOption9 as PaymentTerminalOption9,
    )
    from .payment_terminal_option9 import (
        PaymentTerminalOption9InvoiceField as PaymentTerminalOption9InvoiceField,
    )
    from .payter_on_cp import PayterOnCp as PayterOnCp
    from .payter_on_location import PayterOnLocation as PayterOnLocation
    from .pc_id import PcId as PcId
    from .pc_id_id_tag import PcIdIdTag as PcIdIdTag
    from .pc_id_vehicle_type import PcIdVehicleType as PcIdVehicleType
    from .personal_smart_charging_preferences_option7 import (
        PersonalSmartChargingPreferencesOption7 as PersonalSmartChargingPreferencesOption7,
    )
    from .post_downtime_period_notice_request import (
        PostDowntimePeriodNoticeRequest as PostDowntimePeriodNoticeRequest,
    )
    from .printec_castles import PrintecCastles as PrintecCastles
    from .receipt import Receipt as Receipt
    from .receipt_payment_status import ReceiptPaymentStatus as ReceiptPaymentStatus
    from .receipts_listing_filter import ReceiptsListingFilter as ReceiptsListingFilter
    from .reorder_roaming_custom_tariff_filters_request import (
        ReorderRoamingCustomTariffFiltersRequest as ReorderRoamingCustomTariffFiltersRequest,
    )
    from .reorder_roaming_custom_tariff_filters_request import (
        ReorderRoamingCustomTariffFiltersRequestFilter as ReorderRoamingCustomTariffFiltersRequestFilter,
    )
    from .reservation import Reservation as Reservation
    from .reservation_cancel_request import (
        ReservationCancelRequest as ReservationCancelRequest,
    )
    from .reservation_changed_notification import (
        ReservationChangedNotification as ReservationChangedNotification,
    )
    from .reservation_changed_notification import (
        ReservationChangedNotificationNotification as ReservationChangedNotificationNotification,
    )
    from .reservation_status import ReservationStatus as ReservationStatus
    from .reservations_listing_filter import (
        ReservationsListingFilter as ReservationsListingFilter,
    )
    from .revenue import Revenue as Revenue
    from .revenue_deprecated import RevenueDeprecated as RevenueDeprecated
    from .revenue_origin import RevenueOrigin as RevenueOrigin
    from .revenues_listing_deprecated_filter import (
        RevenuesListingDeprecatedFilter as RevenuesListingDeprecatedFilter,
    )
    from .revenues_listing_filter import RevenuesListingFilter as RevenuesListingFilter
    from .rfid_tag import RfidTag as RfidTag
    from .rfid_tag_create_deprecated_request import (
        RfidTagCreateDeprecatedRequest as RfidTagCreateDeprecatedRequest,
    )
    from .rfid_tag_status import RfidTagStatus as RfidTagStatus
    from .rfid_tags_listing_deprecated_filter import (
        RfidTagsListingDeprecatedFilter as RfidTagsListingDeprecatedFilter,
    )
    from .rfid_tags_listing_deprecated_filter_status import (
        RfidTagsListingDeprecatedFilterStatus as RfidTagsListingDeprecatedFilterStatus,
    )
    from .roaming_connection import RoamingConnection as RoamingConnection
    from .roaming_custom_tariff_filter import (
        RoamingCustomTariffFilter as RoamingCustomTariffFilter,
    )
    from .roaming_custom_tariff_filter_applicable_current_type import (
        RoamingCustomTariffFilterApplicableCurrentType as RoamingCustomTariffFilterApplicableCurrentType,
    )
    from .roaming_operator import RoamingOperator as RoamingOperator
    from .roaming_operator_cpo_settings import (
        RoamingOperatorCpoSettings as RoamingOperatorCpoSettings,
    )
    from .roaming_operator_cpo_settings import (
        RoamingOperatorCpoSettingsPhaseAcPowerFormula as RoamingOperatorCpoSettingsPhaseAcPowerFormula,
    )
    from .roaming_operator_cpo_settings import (
        RoamingOperatorCpoSettingsThreatEvseStatusUnknownAs as RoamingOperatorCpoSettingsThreatEvseStatusUnknownAs,
    )
    from .roaming_operator_update_request import (
        RoamingOperatorUpdateRequest as RoamingOperatorUpdateRequest,
    )
    from .roaming_platform import RoamingPlatform as RoamingPlatform
    from .roaming_platform_changed_notification import (
        RoamingPlatformChangedNotification as RoamingPlatformChangedNotification,
    )
    from .roaming_platform_changed_notification import (
        RoamingPlatformChangedNotificationNotification as RoamingPlatformChangedNotificationNotification,
    )
    from .roaming_platform_ocpi import RoamingPlatformOcpi as RoamingPlatformOcpi
    from .roaming_platform_protocol import (
        RoamingPlatformProtocol as RoamingPlatformProtocol,
    )
    from .roaming_provider import RoamingProvider as RoamingProvider
    from .roaming_provider_update_request_option1 import (
        RoamingProviderUpdateRequestOption1 as RoamingProviderUpdateRequestOption1,
    )
    from .roaming_provider_update_request_option2 import (
        RoamingProviderUpdateRequestOption2 as RoamingProviderUpdateRequestOption2,
    )
    from .roaming_providers_listing_filter import (
        RoamingProvidersListingFilter as RoamingProvidersListingFilter,
    )
    from .roaming_tariff import RoamingTariff as RoamingTariff
    from .roaming_tariff_update_request import (
        RoamingTariffUpdateRequest as RoamingTariffUpdateRequest,
    )
    from .security_event import SecurityEvent as SecurityEvent
    from .security_event_notification import (
        SecurityEventNotification as SecurityEventNotification,
    )
    from .security_event_notification import (
        SecurityEventNotificationNotification as SecurityEventNotificationNotification,
    )
    from .security_event_notification import (
        SecurityEventNotificationType as SecurityEventNotificationType,
    )
    from .security_event_type import SecurityEventType as SecurityEventType
    from .security_events_listing_filter import (
        SecurityEventsListingFilter as SecurityEventsListingFilter,
    )
    from .session import Session as Session
    from .session import SessionBillingStatus as SessionBillingStatus
    from .session import SessionChargingPeriod as SessionChargingPeriod
    from .session import (
        SessionChargingPeriodChargingState as SessionChargingPeriodChargingState,
    )
    from .session import (
        SessionChargingPeriodPriceBreakdownItem as SessionChargingPeriodPriceBreakdownItem,
    )
    from .session import (
        SessionChargingPeriodPricingDetails as SessionChargingPeriodPricingDetails,
    )
    from .session import (
        SessionChargingPeriodPricingDetailsChargingType as SessionChargingPeriodPricingDetailsChargingType,
    )
    from .session import (
        SessionChargingPeriodPricingDetailsDayPeriod as SessionChargingPeriodPricingDetailsDayPeriod,
    )
    from .session import (
        SessionChargingPeriodPricingDetailsPricingMethod as SessionChargingPeriodPricingDetailsPricingMethod,
    )
    from .session import (
        SessionClockAlignedEnergyConsumptionItem as SessionClockAlignedEnergyConsumptionItem,
    )
    from .session_energy_consumption import (
        SessionEnergyConsumption as SessionEnergyConsumption,
    )
    from .session_meter_values_notification import (
        SessionMeterValuesNotification as SessionMeterValuesNotification,
    )
    from .session_meter_values_notification import (
        SessionMeterValuesNotificationMeterValue as SessionMeterValuesNotificationMeterValue,
    )
    from .session_meter_values_notification import (
        SessionMeterValuesNotificationMeterValueMeasurand as SessionMeterValuesNotificationMeterValueMeasurand,
    )
    from .session_meter_values_notification import (
        SessionMeterValuesNotificationMeterValueUnit as SessionMeterValuesNotificationMeterValueUnit,
    )
    from .session_meter_values_notification import (
        SessionMeterValuesNotificationNotification as SessionMeterValuesNotificationNotification,
    )
    from .session_payment_status import SessionPaymentStatus as SessionPaymentStatus
    from .session_payment_type import SessionPaymentType as SessionPaymentType
    from .session import SessionPower as SessionPower
    from .session import SessionPriceBreakdownItem as SessionPriceBreakdownItem
    from .session_price_breakdown_item_type import (
        SessionPriceBreakdownItemType as SessionPriceBreakdownItemType,
    )
    from .session_price_breakdown_item_unit import (
        SessionPriceBreakdownItemUnit as SessionPriceBreakdownItemUnit,
    )
    from .session_read_clock_aligned_interval import (
        SessionReadClockAlignedInterval as SessionReadClockAlignedInterval,
    )
    from .session_reason import SessionReason as SessionReason
    from .session_retry_payment_request import (
        SessionRetryPaymentRequest as SessionRetryPaymentRequest,
    )
    from .session import SessionRoaming as SessionRoaming
    from .session_start_stop_notification import (
        SessionStartStopNotification as SessionStartStopNotification,
    )
    from .session_start_stop_notification_action import (
        SessionStartStopNotificationAction as SessionStartStopNotificationAction,
    )
    from .session_start_stop_notification_deprecated import (
        SessionStartStopNotificationDeprecated as SessionStartStopNotificationDeprecated,
    )
    from .session_start_stop_notification_deprecated import (
        SessionStartStopNotificationDeprecatedNotification as SessionStartStopNotificationDeprecatedNotification,
    )
    from .session_start_stop_notification import (
        SessionStartStopNotificationNotification as SessionStartStopNotificationNotification,
    )
    from .session import SessionStatus as SessionStatus
    from .session_tax import SessionTax as SessionTax
    from .session_total_amount import SessionTotalAmount as SessionTotalAmount
    from .session_update_notification import (
        SessionUpdateNotification as SessionUpdateNotification,
    )
    from .session_update_notification import (
        SessionUpdateNotificationNotification as SessionUpdateNotificationNotification,
    )
    from .sessions_consumption_stats_item import (
        SessionsConsumptionStatsItem as SessionsConsumptionStatsItem,
    )
    from .sessions_listing_filter import SessionsListingFilter as SessionsListingFilter
    from .sessions_listing_filter import (
        SessionsListingFilterAuthorizationSource as SessionsListingFilterAuthorizationSource,
    )
    from .sessions_listing_filter import (
        SessionsListingFilterBillingStatus as SessionsListingFilterBillingStatus,
    )
    from .sessions_listing_filter import (
        SessionsListingFilterReason as SessionsListingFilterReason,
    )
    from .sessions_listing_filter import (
        SessionsListingFilterRoaming as SessionsListingFilterRoaming,
    )
    from .sessions_listing_filter import (
        SessionsListingFilterStatus as SessionsListingFilterStatus,
    )
    from .setting import Setting as Setting
    from .setting import SettingBaseCurrency as SettingBaseCurrency
    from .setting import SettingDefaultTax as SettingDefaultTax
    from .setting import SettingReservations as SettingReservations
    from .settlement_report_created_notification import (
        SettlementReportCreatedNotification as SettlementReportCreatedNotification,
    )
    from .settlement_report_created_notification import (
        SettlementReportCreatedNotificationNotification as SettlementReportCreatedNotificationNotification,
    )
    from .soft_one_invoice_manager import SoftOneInvoiceManager as SoftOneInvoiceManager
    from .stripe_setup_intent_payment_method import (
        StripeSetupIntentPaymentMethod as StripeSetupIntentPaymentMethod,
    )
    from .sub_operator import SubOperator as SubOperator
    from .sub_operator_changed_notification import (
        SubOperatorChangedNotification as SubOperatorChangedNotification,
    )
    from .sub_operator_changed_notification import (
        SubOperatorChangedNotificationNotification as SubOperatorChangedNotificationNotification,
    )
    from .subscription import Subscription as Subscription
    from .subscription_plan import SubscriptionPlan as SubscriptionPlan
    from .subscription_plan_allowance import (
        SubscriptionPlanAllowance as SubscriptionPlanAllowance,
    )
    from .subscription_plan_allowance import (
        SubscriptionPlanAllowanceResetCycle as SubscriptionPlanAllowanceResetCycle,
    )
    from .subscription_plan_allowance import (
        SubscriptionPlanAllowanceType as SubscriptionPlanAllowanceType,
    )
    from .subscription_plan_billing_type import (
        SubscriptionPlanBillingType as SubscriptionPlanBillingType,
    )
    from .subscription_plan_create_request import (
        SubscriptionPlanCreateRequest as SubscriptionPlanCreateRequest,
    )
    from .subscription_plan_deprecated import (
        SubscriptionPlanDeprecated as SubscriptionPlanDeprecated,
    )
    from .subscription_plan_post_paid_charging_sessions_accumulation import (
        SubscriptionPlanPostPaidChargingSessionsAccumulation as SubscriptionPlanPostPaidChargingSessionsAccumulation,
    )
    from .subscription_plan_renewal_cycle import (
        SubscriptionPlanRenewalCycle as SubscriptionPlanRenewalCycle,
    )
    from .subscription_plan_replace_request import (
        SubscriptionPlanReplaceRequest as SubscriptionPlanReplaceRequest,
    )
    from .subscription_plan_type import SubscriptionPlanType as SubscriptionPlanType
    from .subscription_plan_update_request_option1 import (
        SubscriptionPlanUpdateRequestOption1 as SubscriptionPlanUpdateRequestOption1,
    )
    from .subscription_plan_visibility_restrictions import (
        SubscriptionPlanVisibilityRestrictions as SubscriptionPlanVisibilityRestrictions,
    )
    from .subscription import (
        SubscriptionRemainingAllowance as SubscriptionRemainingAllowance,
    )
    from .subscription_status import SubscriptionStatus as SubscriptionStatus
    from .subscriptions_listing_filter import (
        SubscriptionsListingFilter as SubscriptionsListingFilter,
    )
    from .tariff import Tariff as Tariff
    from .tariff_changed_notification import (
        TariffChangedNotification as TariffChangedNotification,
    )
    from .tariff_changed_notification import (
        TariffChangedNotificationNotification as TariffChangedNotificationNotification,
    )
    from .tariff_create_request import TariffCreateRequest as TariffCreateRequest
    from .tariff_create_request import (
        TariffCreateRequestPricing as TariffCreateRequestPricing,
    )
    from .tariff_create_request import (
        TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh as TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh,
    )
    from .tariff_group import TariffGroup as TariffGroup
    from .tariff_group2 import TariffGroup2 as TariffGroup2
    from .tariff_group_create_request import (
        TariffGroupCreateRequest as TariffGroupCreateRequest,
    )
    from .tariff_groups_listing_filter import (
        TariffGroupsListingFilter as TariffGroupsListingFilter,
    )
    from .tariff_partner import TariffPartner as TariffPartner
    from .tariff_pricing import TariffPricing as TariffPricing
    from .tariff_pricing_average_power_level import (
        TariffPricingAveragePowerLevel as TariffPricingAveragePowerLevel,
    )
    from .tariff_pricing_days_when_applied_item import (
        TariffPricingDaysWhenAppliedItem as TariffPricingDaysWhenAppliedItem,
    )
    from .tariff_pricing import (
        TariffPricingFlexibleMarkUpAsFixedPerKwh as TariffPricingFlexibleMarkUpAsFixedPerKwh,
    )
    from .tariff_pricing_multi_idle_fee_item import (
        TariffPricingMultiIdleFeeItem as TariffPricingMultiIdleFeeItem,
    )
    from .tariff_pricing_multi_price_per_kwh_item import (
        TariffPricingMultiPricePerKwhItem as TariffPricingMultiPricePerKwhItem,
    )
    from .tariff_pricing_peak_power_level import (
        TariffPricingPeakPowerLevel as TariffPricingPeakPowerLevel,
    )
    from .tariff_pricing_price_period_in_minutes import (
        TariffPricingPricePeriodInMinutes as TariffPricingPricePeriodInMinutes,
    )
    from .tariff_pricing_price_periods import (
        TariffPricingPricePeriods as TariffPricingPricePeriods,
    )
    from .tariff_pricing_price_periods import (
        TariffPricingPricePeriodsIdleFeePeriods as TariffPricingPricePeriodsIdleFeePeriods,
    )
    from .tariff_pricing_state_of_charge_idle_threshold import (
        TariffPricingStateOfChargeIdleThreshold as TariffPricingStateOfChargeIdleThreshold,
    )
    from .tariff_pricing_time_period import (
        TariffPricingTimePeriod as TariffPricingTimePeriod,
    )
    from .tariff_restrictions import TariffRestrictions as TariffRestrictions
    from .tariff_set_display_information_request import (
        TariffSetDisplayInformationRequest as TariffSetDisplayInformationRequest,
    )
    from .tariff_snapshot import TariffSnapshot as TariffSnapshot
    from .tariff_stop_session import TariffStopSession as TariffStopSession
    from .tariff_type import TariffType as TariffType
    from .tariffs_listing_filter import TariffsListingFilter as TariffsListingFilter
    from .tax import Tax as Tax
    from .tax_create_request import TaxCreateRequest as TaxCreateRequest
    from .tax_identification_number import (
        TaxIdentificationNumber as TaxIdentificationNumber,
    )
    from .tax_update_request import TaxUpdateRequest as TaxUpdateRequest
    from .template import Template as Template
    from .template import TemplateEvse as TemplateEvse
    from .template import TemplateEvseDlmPhases as TemplateEvseDlmPhases
    from .template import TemplateEvseInputVoltage as TemplateEvseInputVoltage
    from .terms_and_policies_listing_filter import (
        TermsAndPoliciesListingFilter as TermsAndPoliciesListingFilter,
    )
    from .terms_and_policy import TermsAndPolicy as TermsAndPolicy
    from .terms_and_policy import TermsAndPolicyDocument as TermsAndPolicyDocument
    from .terms_and_policy import TermsAndPolicyStatus as TermsAndPolicyStatus
    from .time_series_forecast import TimeSeriesForecast as TimeSeriesForecast
    from .top_up_packag_create_request import (
        TopUpPackagCreateRequest as TopUpPackagCreateRequest,
    )
    from .top_up_package import TopUpPackage as TopUpPackage
    from .top_up_package_update_request import (
        TopUpPackageUpdateRequest as TopUpPackageUpdateRequest,
    )
    from .top_up_packages_listing_filter import (
        TopUpPackagesListingFilter as TopUpPackagesListingFilter,
    )
    from .transaction import Transaction as Transaction
    from .transaction_based_payment_method_setup import (
        TransactionBasedPaymentMethodSetup as TransactionBasedPaymentMethodSetup,
    )
    from .transaction_billing_type import (
        TransactionBillingType as TransactionBillingType,
    )
    from .transaction import TransactionCardDetails as TransactionCardDetails
    from .transaction import (
        TransactionCardDetailsTokenizationMethod as TransactionCardDetailsTokenizationMethod,
    )
    from .transaction_card_details_type import (
        TransactionCardDetailsType as TransactionCardDetailsType,
    )
    from .transaction_changed_notification import (
        TransactionChangedNotification as TransactionChangedNotification,
    )
    from .transaction_changed_notification_action import (
        TransactionChangedNotificationAction as TransactionChangedNotificationAction,
    )
    from .transaction_changed_notification import (
        TransactionChangedNotificationNotification as TransactionChangedNotificationNotification,
    )
    from .transaction_issue_invoice_request import (
        TransactionIssueInvoiceRequest as TransactionIssueInvoiceRequest,
    )
    from .transaction_issue_invoice_request import (
        TransactionIssueInvoiceRequestInvoiceDetails as TransactionIssueInvoiceRequestInvoiceDetails,
    )
    from .transaction import (
        TransactionPurchaseResourceType as TransactionPurchaseResourceType,
    )
    from .transaction_status import TransactionStatus as TransactionStatus
    from .transaction_update_payment_reference_request import (
        TransactionUpdatePaymentReferenceRequest as TransactionUpdatePaymentReferenceRequest,
    )
    from .transaction_update_request import (
        TransactionUpdateRequest as TransactionUpdateRequest,
    )
    from .transaction_update_request import (
        TransactionUpdateRequestPaymentMethod as TransactionUpdateRequestPaymentMethod,
    )
    from .transaction_update_request_payment_method_bank_transfer_type import (
        TransactionUpdateRequestPaymentMethodBankTransferType as TransactionUpdateRequestPaymentMethodBankTransferType,
    )
    from .transactions_create_request import (
        TransactionsCreateRequest as TransactionsCreateRequest,
    )
    from .transactions_create_request import (
        TransactionsCreateRequestPaymentMethod as TransactionsCreateRequestPaymentMethod,
    )
    from .transactions_create_request import (
        TransactionsCreateRequestPaymentMethodMethodType as TransactionsCreateRequestPaymentMethodMethodType,
    )
    from .transactions_listing_filter import (
        TransactionsListingFilter as TransactionsListingFilter,
    )
    from .transactions_listing_filter import (
        TransactionsListingFilterPaymentMethod as TransactionsListingFilterPaymentMethod,
    )
    from .transactions_listing_filter import (
        TransactionsListingFilterPurchaseTypeItem as TransactionsListingFilterPurchaseTypeItem,
    )
    from .transactions_listing_filter import (
        TransactionsListingFilterStatus as TransactionsListingFilterStatus,
    )
    from .update_booking_request_input import (
        UpdateBookingRequestInput as UpdateBookingRequestInput,
    )
    from .update_currency_rate_request import (
        UpdateCurrencyRateRequest as UpdateCurrencyRateRequest,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItem as UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItem,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomFilterTariffRequestElementRestrictionsReservation as UpdateCustomFilterTariffRequestElementRestrictionsReservation,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequest as UpdateCustomTariffFilterTariffRequest,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestElement as UpdateCustomTariffFilterTariffRequestElement,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestElementPriceComponent as UpdateCustomTariffFilterTariffRequestElementPriceComponent,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestElementPriceComponentType as UpdateCustomTariffFilterTariffRequestElementPriceComponentType,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestElementRestrictions as UpdateCustomTariffFilterTariffRequestElementRestrictions,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestEnergyMix as UpdateCustomTariffFilterTariffRequestEnergyMix,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource as UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSource as UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSource,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem as UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestMaxPrice as UpdateCustomTariffFilterTariffRequestMaxPrice,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestTariffAltTextItem as UpdateCustomTariffFilterTariffRequestTariffAltTextItem,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequestType as UpdateCustomTariffFilterTariffRequestType,
    )
    from .update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategory as UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategory,
    )
    from .update_flexibility_asset_request import (
        UpdateFlexibilityAssetRequest as UpdateFlexibilityAssetRequest,
    )
    from .update_installer_job_request import (
        UpdateInstallerJobRequest as UpdateInstallerJobRequest,
    )
    from .update_payment_terminal_request_option10 import (
        UpdatePaymentTerminalRequestOption10 as UpdatePaymentTerminalRequestOption10,
    )
    from .update_payment_terminal_request_option1_option2 import (
        UpdatePaymentTerminalRequestOption1Option2 as UpdatePaymentTerminalRequestOption1Option2,
    )
    from .update_payment_terminal_request_option4 import (
        UpdatePaymentTerminalRequestOption4 as UpdatePaymentTerminalRequestOption4,
    )
    from .update_payment_terminal_request_option5 import (
        UpdatePaymentTerminalRequestOption5 as UpdatePaymentTerminalRequestOption5,
    )
    from .update_payment_terminal_request_option9 import (
        UpdatePaymentTerminalRequestOption9 as UpdatePaymentTerminalRequestOption9,
    )
    from .update_pc_id_request import UpdatePcIdRequest as UpdatePcIdRequest
    from .update_roaming_custom_tariff_filter_request import (
        UpdateRoamingCustomTariffFilterRequest as UpdateRoamingCustomTariffFilterRequest,
    )
    from .us_state import UsState as UsState
    from .user import User as User
    from .user_activate_subscription_request import (
        UserActivateSubscriptionRequest as UserActivateSubscriptionRequest,
    )
    from .user_add_balance_request import UserAddBalanceRequest as UserAddBalanceRequest
    from .user_apply_custom_fee_request import (
        UserApplyCustomFeeRequest as UserApplyCustomFeeRequest,
    )
    from .user_balance_changed_notification import (
        UserBalanceChangedNotification as UserBalanceChangedNotification,
    )
    from .user_balance_changed_notification import (
        UserBalanceChangedNotificationNotification as UserBalanceChangedNotificationNotification,
    )
    from .user_balance_changed_notification import (
        UserBalanceChangedNotificationType as UserBalanceChangedNotificationType,
    )
    from .user_bank_details import UserBankDetails as UserBankDetails
    from .user_cancel_subscription_request import (
        UserCancelSubscriptionRequest as UserCancelSubscriptionRequest,
    )
    from .user_change_status_request import (
        UserChangeStatusRequest as UserChangeStatusRequest,
    )
    from .user_changed_notification import (
        UserChangedNotification as UserChangedNotification,
    )
    from .user_changed_notification import (
        UserChangedNotificationAction as UserChangedNotificationAction,
    )
    from .user_changed_notification import (
        UserChangedNotificationNotification as UserChangedNotificationNotification,
    )
    from .user_create_request import UserCreateRequest as UserCreateRequest
    from .user_create_request_state import (
        UserCreateRequestState as UserCreateRequestState,
    )
    from .user_delete_include_item import UserDeleteIncludeItem as UserDeleteIncludeItem
    from .user_details import UserDetails as UserDetails
    from .user_export_all_private_data_response import (
        UserExportAllPrivateDataResponse as UserExportAllPrivateDataResponse,
    )
    from .user_group import UserGroup as UserGroup
    from .user_group_create_request import (
        UserGroupCreateRequest as UserGroupCreateRequest,
    )
    from .user_groups_listing_filter import (
        UserGroupsListingFilter as UserGroupsListingFilter,
    )
    from .user_invoice_details_changed_notification import (
        UserInvoiceDetailsChangedNotification as UserInvoiceDetailsChangedNotification,
    )
    from .user_invoice_details_changed_notification import (
        UserInvoiceDetailsChangedNotificationNotification as UserInvoiceDetailsChangedNotificationNotification,
    )
    from .user_options import UserOptions as UserOptions
    from .user_options import UserOptionsSessionsAllowed as UserOptionsSessionsAllowed
    from .user_payment_method_changed_notification import (
        UserPaymentMethodChangedNotification as UserPaymentMethodChangedNotification,
    )
    from .user_payment_method_changed_notification import (
        UserPaymentMethodChangedNotificationNotification as UserPaymentMethodChangedNotificationNotification,
    )
    from .user_redeem_voucher_request import (
        UserRedeemVoucherRequest as UserRedeemVoucherRequest,
    )
    from .user_subscription_changed_notification import (
        UserSubscriptionChangedNotification as UserSubscriptionChangedNotification,
    )
    from .user_subscription_changed_notification_deprecated import (
        UserSubscriptionChangedNotificationDeprecated as UserSubscriptionChangedNotificationDeprecated,
    )
    from .user_subscription_changed_notification_deprecated import (
        UserSubscriptionChangedNotificationDeprecatedNotification as UserSubscriptionChangedNotificationDeprecatedNotification,
    )
    from .user_subscription_changed_notification_deprecated import (
        UserSubscriptionChangedNotificationDeprecatedStatus as UserSubscriptionChangedNotificationDeprecatedStatus,
    )
    from .user_subscription_changed_notification import (
        UserSubscriptionChangedNotificationNotification as UserSubscriptionChangedNotificationNotification,
    )
    from .user_subscription_changed_notification import (
        UserSubscriptionChangedNotificationStatus as UserSubscriptionChangedNotificationStatus,
    )
    from .user_update_request import UserUpdateRequest as UserUpdateRequest
    from .users_listing_filter import UsersListingFilter as UsersListingFilter
    from .utility import Utility as Utility
    from .validation_error_body import ValidationErrorBody as ValidationErrorBody
    from .validation_error_body import (
        ValidationErrorBodyMessage as ValidationErrorBodyMessage,
    )
    from .vendor_error_code import VendorErrorCode as VendorErrorCode
    from .vendor_error_code_create_request import (
        VendorErrorCodeCreateRequest as VendorErrorCodeCreateRequest,
    )
    from .voucher import Voucher as Voucher
    from .voucher_create_deprecated_request import (
        VoucherCreateDeprecatedRequest as VoucherCreateDeprecatedRequest,
    )
    from .voucher_create_request import VoucherCreateRequest as VoucherCreateRequest
    from .voucher_deprecated import VoucherDeprecated as VoucherDeprecated
    from .voucher_type import VoucherType as VoucherType
    from .voucher_update_deprecated_request import (
        VoucherUpdateDeprecatedRequest as VoucherUpdateDeprecatedRequest,
    )
    from .voucher_update_request import VoucherUpdateRequest as VoucherUpdateRequest
    from .voucher_validity_period import VoucherValidityPeriod as VoucherValidityPeriod
    from .vouchers_listing_deprecated_filter import (
        VouchersListingDeprecatedFilter as VouchersListingDeprecatedFilter,
    )
    from .vouchers_listing_filter import VouchersListingFilter as VouchersListingFilter
    from .web_portal import WebPortal as WebPortal
    from .ampeco import Ampeco_ as Ampeco
    from .notification import Notification_ as Notification

_MODULES: dict[str, str] = {
    "AdyenCastles": "adyen_castles",
    "AmpecoInvoiceManager": "ampeco_invoice_manager",
    "AmpecoInvoiceManagerInvoiceType": "ampeco_invoice_manager_invoice_type",
    "AmpecoInvoiceManagerRequireInvoiceEnforcedBy": "ampeco_invoice_manager",
    "Ampeco_": "ampeco",
    "AssignInstallerJobChargePointsRequest": "assign_installer_job_charge_points_request",
    "AssignInstallerJobChargePointsValidationErrorBody": "assign_installer_job_charge_points_validation_error_body",
    "AustralianState": "australian_state",
    "Authorization": "authorization",
    "AuthorizationChangedNotification": "authorization_changed_notification",
    "AuthorizationChangedNotificationNotification": "authorization_changed_notification",
    "AuthorizationDeprecated": "authorization_deprecated",
    "AuthorizationDeprecatedMethod": "authorization_deprecated",
    "AuthorizationDeprecatedRoaming": "authorization_deprecated_roaming",
    "AuthorizationDeprecatedSource": "authorization_deprecated",
    "AuthorizationDeprecatedStatus": "authorization_deprecated",
    "AuthorizationMethod": "authorization",
    "AuthorizationNotification": "authorization_notification",
    "AuthorizationNotificationNotification": "authorization_notification",
    "AuthorizationNotificationStatus": "authorization_notification",
    "AuthorizationReadV21Result": "authorization_read_v21_result",
    "AuthorizationReadV21ResultMethod": "authorization_read_v21_result",
    "AuthorizationReadV21ResultRoaming": "authorization_read_v21_result",
    "AuthorizationSource": "authorization_source",
    "AuthorizationStatus": "authorization_status",
    "AuthorizationsListingV21Filter": "authorizations_listing_v21_filter",
    "Booking": "booking",
    "BookingBookedEvse": "booking",
    "BookingListItem": "booking_list_item",
    "BookingReadIncludeItem": "booking_read_include_item",
    "BookingRequestOption1": "booking_request_option1",
    "BookingRequestOption1AuthorizedToken": "booking_request_option1_authorized_token",
    "BookingRequestOption1EvseCriteria": "booking_request_option1_evse_criteria",
    "BookingRequestOption1ParkingSpaceCriteria": "booking_request_option1_parking_space_criteria",
    "BookingRequestOption1ParkingSpaceCriteriaVehicleType": "booking_request_option1_parking_space_criteria",
    "BookingRequestOption1Status": "booking_request_option1_status",
    "BookingRequestOption1Type": "booking_request_option1_type",
    "BookingRequestOption2": "booking_request_option2",
    "BookingRequestOption2Type": "booking_request_option2_type",
    "BookingRequestOption3": "booking_request_option3",
    "BookingRequestOption3Type": "booking_request_option3_type",
    "BookingRequestsListingFilter": "booking_requests_listing_filter",
    "BookingStatus": "booking_status",
    "BookingsListingFilter": "bookings_listing_filter",
    "BootNotification": "boot_notification",
    "BootNotificationNotification": "boot_notification",
    "CancelBooking": "cancel_booking",
    "CardcomInvoiceManager": "cardcom_invoice_manager",
    "CardcomInvoiceManagerCompany": "cardcom_invoice_manager",
    "CardcomInvoiceManagerIndividual": "cardcom_invoice_manager",
    "CardlinkCastles": "cardlink_castles",
    "Cdr": "cdr",
    "CdrDeliveryResponse": "cdr_delivery_response",
    "CdrOcpiData": "cdr",
    "CdrOcpiDataVersion": "cdr",
    "CdrOicpData": "cdr",
    "CdrOicpDataCalibrationLawVerificationInfo": "cdr",
    "CdrOicpDataIdentification": "cdr",
    "CdrOicpDataIdentificationQrCodeIdentification": "cdr",
    "CdrOicpDataIdentificationQrCodeIdentificationHashedPin": "cdr",
    "CdrOicpDataIdentificationRemoteIdentification": "cdr",
    "CdrOicpDataIdentificationRfidIdentification": "cdr",
    "CdrOicpDataIdentificationRfidMifareFamilyIdentification": "cdr",
    "CdrOicpDataSignedMeteringValue": "cdr",
    "CdrOicpDataSignedMeteringValueMeteringStatus": "cdr",
    "CdrOicpDataVersion": "cdr",
    "CdrOicpQrCodeIdentificationHashedPinLegacyHashedData": "cdr",
    "CdrProtocolType": "cdr",
    "CdrReadIncludeItem": "cdr_read_include_item",
    "CdrReceivedNotification": "cdr_received_notification",
    "CdrReceivedNotificationNotification": "cdr_received_notification",
    "CdrsListingFilter": "cdrs_listing_filter",
    "CertificateIssueAnEmaidRequest": "certificate_issue_an_emaid_request",
    "ChangeFlexibilityAssetStatusRequest": "change_flexibility_asset_status_request",
    "ChangeInstallerJobStatusRequest": "change_installer_job_status_request",
    "ChargePoint": "charge_point",
    "ChargePointAvailablePersonalSmartChargingModeItemOption1": "charge_point_available_personal_smart_charging_mode_item_option1",
    "ChargePointAvailablePersonalSmartChargingModeItemOption1Defaults": "charge_point_available_personal_smart_charging_mode_item_option1",
    "ChargePointAvailablePersonalSmartChargingModeItemOption2": "charge_point_available_personal_smart_charging_mode_item_option2",
    "ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults": "charge_point_available_personal_smart_charging_mode_item_option2",
    "ChargePointAvailablePersonalSmartChargingModeItemOption3": "charge_point_available_personal_smart_charging_mode_item_option3",
    "ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults": "charge_point_available_personal_smart_charging_mode_item_option3_defaults",
    "ChargePointAvailablePersonalSmartChargingModeItemOption4": "charge_point_available_personal_smart_charging_mode_item_option4",
    "ChargePointCapability": "charge_point_capability",
    "ChargePointChangeAvailabilityRequest": "charge_point_change_availability_request",
    "ChargePointChangeAvailabilityRequestType": "charge_point_change_availability_request",
    "ChargePointChangeOwnerRequest": "charge_point_change_owner_request",
    "ChargePointChangeSharingCodeRequest": "charge_point_change_sharing_code_request",
    "ChargePointChangedNotification": "charge_point_changed_notification",
    "ChargePointChangedNotificationDeprecated": "charge_point_changed_notification_deprecated",
    "ChargePointChangedNotificationDeprecatedNotification": "charge_point_changed_notification_deprecated",
    "ChargePointChangedNotificationNotification": "charge_point_changed_notification",
    "ChargePointChargingPreferencesOption1PreferencesTargetCharge": "charge_point_personal_smart_charging_preferences_option1",
    "ChargePointChargingPreferencesOption3PreferencesTargetCharge": "charge_point_charging_preferences_option3_preferences_target_charge",
    "ChargePointChargingPreferencesOption5PreferencesTargetCharge": "charge_point_charging_preferences_option5_preferences_target_charge",
    "ChargePointChargingProfile": "charge_point_charging_profile",
    "ChargePointClearChargingProfileRequest": "charge_point_clear_charging_profile_request",
    "ChargePointCommunicationMode": "charge_point",
    "ChargePointConfiguration": "charge_point_configuration",
    "ChargePointConfigurationItem": "charge_point_configuration_item",
    "ChargePointConfigurationKey": "charge_point_configuration",
    "ChargePointConfigurationReadKeyOption1": "charge_point_configuration_read_key_option1",
    "ChargePointConfigurationUpdateRequest": "charge_point_configuration_update_request",
    "ChargePointConfigurationsListingFilter": "charge_point_configurations_listing_filter",
    "ChargePointCreateDeprecatedRequest": "charge_point_create_deprecated_request",
    "ChargePointCreateDeprecatedRequestEvsesValue": "charge_point_create_deprecated_request_evses_value",
    "ChargePointCreateRequest": "charge_point_create_request",
    "ChargePointCreateRequestCommunicationMode": "charge_point_create_request",
    "ChargePointCreateRequestSecurity": "charge_point_create_request_security",
    "ChargePointCreateRequestStatus": "charge_point_create_request_status",
    "ChargePointDataTransferReceivedNotification": "charge_point_data_transfer_received_notification",
    "ChargePointDataTransferReceivedNotificationNotification": "charge_point_data_transfer_received_notification",
    "ChargePointDeleteCertificateRequest": "charge_point_delete_certificate_request",
    "ChargePointDeleteCertificateRequestCertificateType": "charge_point_delete_certificate_request",
    "ChargePointDeleteIncludeItem": "charge_point_delete_include_item",
    "ChargePointDeprecated": "charge_point_deprecated",
    "ChargePointDeprecatedAccessType": "charge_point_deprecated_access_type",
    "ChargePointDeprecatedCapability": "charge_point_deprecated_capability",
    "ChargePointDeprecatedChargingProfile": "charge_point_deprecated_charging_profile",
    "ChargePointDeprecatedChargingProfileChargingRateUnit": "charge_point_deprecated_charging_profile_charging_rate_unit",
    "ChargePointDeprecatedChargingProfileRecurrencyKind": "charge_point_deprecated_charging_profile_recurrency_kind",
    "ChargePointDeprecatedChargingProfileSchedulePeriod": "charge_point_deprecated_charging_profile_schedule_period",
    "ChargePointDeprecatedDesiredSecurityProfileStatus": "charge_point_deprecated_desired_security_profile_status",
    "ChargePointDeprecatedEvse": "charge_point_deprecated",
    "ChargePointDeprecatedEvseConnector": "charge_point_deprecated",
    "ChargePointDeprecatedEvseRoaming": "charge_point_deprecated",
    "ChargePointDeprecatedHardwareStatus": "charge_point_deprecated_hardware_status",
    "ChargePointDeprecatedLastBootNotification": "charge_point_deprecated_last_boot_notification",
    "ChargePointDeprecatedNetworkProtocol": "charge_point_deprecated_network_protocol",
    "ChargePointDeprecatedNetworkStatus": "charge_point_deprecated_network_status",
    "ChargePointDeprecatedPartnerAccessType": "charge_point_deprecated_partner_access_type",
    "ChargePointDeprecatedStatus": "charge_point_deprecated_status",
    "ChargePointDisconnectRequest": "charge_point_disconnect_request",
    "ChargePointDisconnectResponse": "charge_point_disconnect_response",
    "ChargePointDowntimePeriod": "charge_point_downtime_period",
    "ChargePointDowntimePeriodCreateRequest": "charge_point_downtime_period_create_request",
    "ChargePointDowntimePeriodUpdateRequest": "charge_point_downtime_period_update_request",
    "ChargePointDowntimePeriodsListingFilter": "charge_point_downtime_periods_listing_filter",
    "ChargePointEvse": "charge_point_evse",
    "ChargePointEvseConnector": "charge_point_evse_connector",
    "ChargePointEvseConnectorCreateRequest": "charge_point_evse_connector_create_request",
    "ChargePointEvseConnectorFormat": "charge_point_evse_connector_format",
    "ChargePointEvseConnectorStatus": "charge_point_evse_connector_status",
    "ChargePointEvseConnectorType": "charge_point_evse_connector_type",
    "ChargePointEvseConnectorUpdateRequest": "charge_point_evse_connector_update_request",
    "ChargePointEvseCreateRequest": "charge_point_evse_create_request",
    "ChargePointEvseDeleteIncludeItem": "charge_point_evse_delete_include_item",
    "ChargePointEvseUnlockResponse": "charge_point_evse_unlock_response",
    "ChargePointEvseUnlockValidationErrorBody": "charge_point_evse_unlock_validation_error_body",
    "ChargePointEvseUpdateRequest": "charge_point_evse_update_request",
    "ChargePointGetDiagnosticsRequest": "charge_point_get_diagnostics_request",
    "ChargePointGetDiagnosticsResponse": "charge_point_get_diagnostics_response",
    "ChargePointGetInstalledCertificateIdsRequest": "charge_point_get_installed_certificate_ids_request",
    "ChargePointGetInstalledCertificateIdsRequestCertificateType": "charge_point_get_installed_certificate_ids_request",
    "ChargePointGetSecurityLogRequest": "charge_point_get_security_log_request",
    "ChargePointGetSecurityLogResult": "charge_point_get_security_log_result",
    "ChargePointGetSecurityLogResultLogType": "charge_point_get_security_log_result",
    "ChargePointHardwareStatusLog": "charge_point_hardware_status_log",
    "ChargePointInstallCertificateRequest": "charge_point_install_certificate_request",
    "ChargePointInstallCertificateRequestCertificateType": "charge_point_install_certificate_request",
    "ChargePointLastBootNotification": "charge_point",
    "ChargePointLatestNetworkStatusLog": "charge_point_latest_network_status_log",
    "ChargePointModel": "charge_point_model",
    "ChargePointModelCreateRequest": "charge_point_model_create_request",
    "ChargePointModelUpdateRequest": "charge_point_model_update_request",
    "ChargePointModelsListingFilter": "charge_point_models_listing_filter",
    "ChargePointMoveEvsesToSatelliteRequest": "charge_point_move_evses_to_satellite_request",
    "ChargePointNetwork": "charge_point_network",
    "ChargePointNetworkStatus": "charge_point",
    "ChargePointNetworkType": "charge_point_network_type",
    "ChargePointPartner": "charge_point_partner",
    "ChargePointPartnerAccessType": "charge_point_partner_access_type",
    "ChargePointPersonalSmartChargingModeItemOption4Locations": "charge_point_available_personal_smart_charging_mode_item_option4",
    "ChargePointPersonalSmartChargingPreferencesOption1": "charge_point_personal_smart_charging_preferences_option1",
    "ChargePointPersonalSmartChargingPreferencesOption1Preferences": "charge_point_personal_smart_charging_preferences_option1",
    "ChargePointPersonalSmartChargingPreferencesOption1Type": "charge_point_personal_smart_charging_preferences_option1_type",
    "ChargePointPersonalSmartChargingPreferencesOption2": "charge_point_personal_smart_charging_preferences_option2",
    "ChargePointPersonalSmartChargingPreferencesOption2Preferences": "charge_point_personal_smart_charging_preferences_option2",
    "ChargePointPersonalSmartChargingPreferencesOption2Type": "charge_point_personal_smart_charging_preferences_option2",
    "ChargePointPersonalSmartChargingPreferencesOption3": "charge_point_personal_smart_charging_preferences_option3",
    "ChargePointPersonalSmartChargingPreferencesOption3Preferences": "charge_point_personal_smart_charging_preferences_option3",
    "ChargePointPersonalSmartChargingPreferencesOption3Type": "charge_point_personal_smart_charging_preferences_option3_type",
    "ChargePointPersonalSmartChargingPreferencesOption4": "charge_point_personal_smart_charging_preferences_option4",
    "ChargePointPersonalSmartChargingPreferencesOption4Preferences": "charge_point_personal_smart_charging_preferences_option4",
    "ChargePointPersonalSmartChargingPreferencesOption4Type": "charge_point_personal_smart_charging_preferences_option4_type",
    "ChargePointPersonalSmartChargingPreferencesOption5": "charge_point_personal_smart_charging_preferences_option5",
    "ChargePointPersonalSmartChargingPreferencesOption5Preferences": "charge_point_personal_smart_charging_preferences_option5",
    "ChargePointPersonalSmartChargingPreferencesOption5Type": "charge_point_personal_smart_charging_preferences_option5_type",
    "ChargePointPersonalSmartChargingPreferencesOption6": "charge_point_personal_smart_charging_preferences_option6",
    "ChargePointPersonalSmartChargingPreferencesOption6Preferences": "charge_point_personal_smart_charging_preferences_option6",
    "ChargePointPersonalSmartChargingPreferencesOption6Type": "charge_point_personal_smart_charging_preferences_option6",
    "ChargePointPreferencesOption1PreferencesTrackElectricityCosts": "charge_point_personal_smart_charging_preferences_option1",
    "ChargePointRequestChargingScheduleChargingSchedulePeriodItem": "charge_point_set_charging_profile_request",
    "ChargePointReserveRequest": "charge_point_reserve_request",
    "ChargePointReserveResponse": "charge_point_reserve_response",
    "ChargePointResetType": "charge_point_reset_type",
    "ChargePointSecurity": "charge_point",
    "ChargePointSendDataTransferRequest": "charge_point_send_data_transfer_request",
    "ChargePointSendDataTransferResponse": "charge_point_send_data_transfer_response",
    "ChargePointSendDataTransferResponseStatus": "charge_point_send_data_transfer_response",
    "ChargePointSetChargingProfileRequest": "charge_point_set_charging_profile_request",
    "ChargePointSetChargingProfileRequestChargingProfileKind": "charge_point_set_charging_profile_request_charging_profile_kind",
    "ChargePointSetChargingProfileRequestChargingProfilePurpose": "charge_point_set_charging_profile_request_charging_profile_purpose",
    "ChargePointSetChargingProfileRequestChargingSchedule": "charge_point_set_charging_profile_request",
    "ChargePointSetChargingProfileRequestRecurrencyKind": "charge_point_set_charging_profile_request_recurrency_kind",
    "ChargePointSetChargingProfileResult": "charge_point_set_charging_profile_result",
    "ChargePointSetConfigurationRequest": "charge_point_set_configuration_request",
    "ChargePointSetSecurityProfileRequest": "charge_point_set_security_profile_request",
    "ChargePointSetSecurityProfileRequestSetSecurityProfile": "charge_point_set_security_profile_request",
    "ChargePointShare": "charge_point_share",
    "ChargePointShareCreateRequest": "charge_point_share_create_request",
    "ChargePointSharedPartner": "charge_point_shared_partner",
    "ChargePointSharedPartnersSyncRequest": "charge_point_shared_partners_sync_request",
    "ChargePointSmartChargingModeItemOption3DefaultsTargetCharge": "charge_point_smart_charging_mode_item_option3_defaults_target_charge",
    "ChargePointSmartChargingOption1": "charge_point_smart_charging_option1",
    "ChargePointSmartChargingOption1Mode": "charge_point_smart_charging_option1_mode",
    "ChargePointSmartChargingOption1Period": "charge_point_smart_charging_option1_period",
    "ChargePointSmartChargingOption1PeriodElement": "charge_point_smart_charging_option1_period",
    "ChargePointSmartChargingOption1PeriodWeekDay": "charge_point_smart_charging_option1_period",
    "ChargePointSmartChargingOption2": "charge_point_smart_charging_option2",
    "ChargePointSmartChargingOption2Mode": "charge_point_smart_charging_option2_mode",
    "ChargePointSmartChargingOption3": "charge_point_smart_charging_option3",
    "ChargePointSmartChargingOption3Mode": "charge_point_smart_charging_option3_mode",
    "ChargePointSmartChargingOption4": "charge_point_smart_charging_option4",
    "ChargePointSmartChargingOption4Mode": "charge_point_smart_charging_option4",
    "ChargePointSmartChargingPreferencesOption1PreferencesWeekDay": "charge_point_smart_charging_preferences_option1_preferences_week_day",
    "ChargePointSmartChargingPreferencesOption5PreferencesLocation": "charge_point_personal_smart_charging_preferences_option5",
    "ChargePointSmartChargingUpdateRequestOption1": "charge_point_smart_charging_update_request_option1",
    "ChargePointSmartChargingUpdateRequestOption2": "charge_point_smart_charging_update_request_option2",
    "ChargePointSmartChargingUpdateRequestOption3": "charge_point_smart_charging_update_request_option3",
    "ChargePointStartChargingSessionRequest": "charge_point_start_charging_session_request",
    "ChargePointStartChargingSessionResponse": "charge_point_start_charging_session_response",
    "ChargePointStartChargingSessionResponseErrorCode": "charge_point_start_charging_session_response",
    "ChargePointStartChargingSessionWithoutEvseRequest": "charge_point_start_charging_session_without_evse_request",
    "ChargePointStartChargingSessionWithoutEvseResponse": "charge_point_start_charging_session_without_evse_response",
    "ChargePointStartChargingSessionWithoutEvseResponseErrorCode": "charge_point_start_charging_session_without_evse_response",
    "ChargePointStatus": "charge_point_status",
    "ChargePointStatusEvse": "charge_point_status",
    "ChargePointStopChargingSessionRequest": "charge_point_stop_charging_session_request",
    "ChargePointSubscription": "charge_point_subscription",
    "ChargePointSyncConfigurationNotification": "charge_point_sync_configuration_notification",
    "ChargePointSyncConfigurationNotificationNotification": "charge_point_sync_configuration_notification",
    "ChargePointSyncConfigurationRequest": "charge_point_sync_configuration_request",
    "ChargePointSyncConfigurationResponse": "charge_point_sync_configuration_response",
    "ChargePointTriggerMessageChargePointRequest": "charge_point_trigger_message_charge_point_request",
    "ChargePointTriggerMessageChargePointRequestType": "charge_point_trigger_message_charge_point_request",
    "ChargePointUpdateDeprecatedRequest": "charge_point_update_deprecated_request",
    "ChargePointUpdateFirmwareRequest": "charge_point_update_firmware_request",
    "ChargePointUpdateFirmwareRequestDownloadUrlProtocol": "charge_point_update_firmware_request",
    "ChargePointUpdateRequest": "charge_point_update_request",
    "ChargePointUpdateRequestNetwork": "charge_point_update_request",
    "ChargePointUpdateRequestPartner": "charge_point_update_request",
    "ChargePointUser": "charge_point_user",
    "ChargePointVendor": "charge_point_vendor",
    "ChargePointVendorCreateRequest": "charge_point_vendor_create_request",
    "ChargePointVendorUpdateRequest": "charge_point_vendor_update_request",
    "ChargePointsListingDeprecatedFilter": "charge_points_listing_deprecated_filter",
    "ChargePointsListingFilter": "charge_points_listing_filter",
    "ChargePointsListingFilterType": "charge_points_listing_filter_type",
    "ChargingProfileAppliedNotification": "charging_profile_applied_notification",
    "ChargingProfileAppliedNotificationNotification": "charging_profile_applied_notification",
    "Circuit": "circuit",
    "CircuitAttachChargePointRequest": "circuit_attach_charge_point_request",
    "CircuitChangedNotification": "circuit_changed_notification",
    "CircuitChangedNotificationNotification": "circuit_changed_notification",
    "CircuitChargePointPriority": "circuit_charge_point_priority",
    "CircuitChargePointPriorityEvse": "circuit_charge_point_priority",
    "CircuitConnectedPhase": "circuit_connected_phase",
    "CircuitConsumptionNotification": "circuit_consumption_notification",
    "CircuitConsumptionNotificationNotification": "circuit_consumption_notification",
    "CircuitConsumptionPhaseDeprecatedPhase": "circuit_consumption_phase_deprecated_phase",
    "CircuitCreateDeprecatedRequest": "circuit_create_deprecated_request",
    "CircuitCreateRequest": "circuit_create_request",
    "CircuitCreateResult": "circuit_create_result",
    "CircuitDeprecated": "circuit_deprecated",
    "CircuitDeprecatedChargePoint": "circuit_deprecated_charge_point",
    "CircuitDeprecatedChargePointInputVoltage": "circuit_deprecated_charge_point",
    "CircuitDeprecatedChargePointPhaseRotation": "circuit_deprecated_charge_point",
    "CircuitDeprecatedPhases": "circuit_deprecated_phases",
    "CircuitElectricalConfiguration": "circuit_electrical_configuration",
    "CircuitLoadBalancingIntegration": "circuit_load_balancing_integration",
    "CircuitLoadBalancingIntegrationFieldsOption1": "circuit_load_balancing_integration",
    "CircuitLoadBalancingIntegrationFieldsOption2": "circuit_load_balancing_integration",
    "CircuitPhaseRotation": "circuit_phase_rotation",
    "CircuitPhases": "circuit_phases",
    "CircuitReadIncludeItem": "circuit_read_include_item",
    "CircuitSetChargePointEvsePriorityRequest": "circuit_set_charge_point_evse_priority_request",
    "CircuitSetCircuitSocPriorityRequest": "circuit_set_circuit_soc_priority_request",
    "CircuitUnmanagedLoadItem": "circuit_unmanaged_load_item",
    "CircuitUpdateDeprecatedRequest": "circuit_update_deprecated_request",
    "CircuitUpdateDeprecatedResponse": "circuit_update_deprecated_response",
    "CircuitUpdateRequest": "circuit_update_request",
    "CircuitUserPriority": "circuit_user_priority",
    "CircuitUserPriorityCreateRequest": "circuit_user_priority_create_request",
    "CircuitUserPriorityType": "circuit_user_priority_type",
    "CircuitUserPriorityUpdateRequest": "circuit_user_priority_update_request",
    "CircuitsListingFilter": "circuits_listing_filter",
    "ConfigurationTemplate": "configuration_template",
    "ConfigurationTemplateApplyToChargePointsRequest": "configuration_template_apply_to_charge_points_request",
    "ConfigurationTemplateOcppVersion": "configuration_template_ocpp_version",
    "ConfigurationTemplateVariableOption1": "configuration_template_variable_option1",
    "ConfigurationTemplateVariableOption2": "configuration_template_variable_option2",
    "ConfigurationTemplateVariableOption2VariableType": "configuration_template_variable_option2_variable_type",
    "ConfigurationTemplateVariableUpdateRequestOption1": "configuration_template_variable_update_request_option1",
    "ConfigurationTemplateVariableUpdateRequestOption2": "configuration_template_variable_update_request_option2",
    "ConfigurationVariableForOcpp16": "configuration_variable_for_ocpp16",
    "ConfigurationVariableForOcpp201": "configuration_variable_for_ocpp201",
    "Consent": "consent",
    "ConsentCollection": "consent_collection",
    "ConsentSource": "consent",
    "ConsentStatus": "consent_status",
    "ConsentTermType": "consent_term_type",
    "ConsentsCreateRequest": "consents_create_request",
    "ConsentsListingFilter": "consents_listing_filter",
    "ContactDetailsReadResponse": "contact_details_read_response",
    "ContactDetailsUpdateRequest": "contact_details_update_request",
    "Crane": "crane",
    "CreateBookingRequestInput": "create_booking_request_input",
    "CreateConfigurationTemplateRequest": "create_configuration_template_request",
    "CreateCurrencyRateRequest": "create_currency_rate_request",
    "CreateFlexibilityAssetRequest": "create_flexibility_asset_request",
    "CreateInstallerJobRequest": "create_installer_job_request",
    "CreateParkingSpaceRequest": "create_parking_space_request",
    "CreatePaymentTerminalRequestOption1Option1": "create_payment_terminal_request_option1_option1",
    "CreatePaymentTerminalRequestOption3": "create_payment_terminal_request_option3",
    "CreatePaymentTerminalRequestOption7": "create_payment_terminal_request_option7",
    "CreatePcIdRequest": "create_pc_id_request",
    "CreateRoamingCustomTariffFilterRequest": "create_roaming_custom_tariff_filter_request",
    "CreateUtilityRequest": "create_utility_request",
    "Currency": "currency",
    "CurrencyAlphabeticCode": "currency_alphabetic_code",
    "CurrencyCreateRequest": "currency_create_request",
    "CurrencyRate": "currency_rate",
    "CustomFee": "custom_fee",
    "CustomFeesListingFilter": "custom_fees_listing_filter",
    "DiagnosticsStatusNotification": "diagnostics_status_notification",
    "DiagnosticsStatusNotificationNotification": "diagnostics_status_notification",
    "DiagnosticsStatusNotificationStatus": "diagnostics_status_notification",
    "DowntimePeriodNotice": "downtime_period_notice",
    "EcpayInvoiceManager": "ecpay_invoice_manager",
    "EcpayInvoiceManagerCarrierType": "ecpay_invoice_manager_carrier_type",
    "EcpayInvoiceManagerInvoiceType": "ecpay_invoice_manager_invoice_type",
    "ElectricityMeter": "electricity_meter",
    "ElectricityMeterCreateRequest": "electricity_meter_create_request",
    "ElectricityMeterReportConsumptionRequest": "electricity_meter_report_consumption_request",
    "ElectricityMeterUpdateRequest": "electricity_meter_update_request",
    "ElectricityRate": "electricity_rate",
    "ElectricityRateCreateDeprecatedRequest": "electricity_rate_create_deprecated_request",
    "ElectricityRateCreateRequest": "electricity_rate_create_request",
    "ElectricityRateDeprecated": "electricity_rate_deprecated",
    "ElectricityRateDeprecatedIntervalPricingItem": "electricity_rate_deprecated_interval_pricing_item",
    "ElectricityRateDeprecatedIntervalPricingItemElement": "electricity_rate_deprecated_interval_pricing_item_element",
    "ElectricityRateDeprecatedIntervalPricingItemWeekDay": "electricity_rate_deprecated_interval_pricing_item_week_day",
    "ElectricityRateDeprecatedIntervalSpecialPricingItem": "electricity_rate_deprecated_interval_special_pricing_item",
    "ElectricityRateDeprecatedPricingGranularityInMinutes": "electricity_rate_deprecated_pricing_granularity_in_minutes",
    "ElectricityRateEnergyMix": "electricity_rate_energy_mix",
    "ElectricityRatePricePeriodOption1": "electricity_rate_price_period_option1",
    "ElectricityRatePricePeriodOption1Period": "electricity_rate_price_period_option1_period",
    "ElectricityRatePricePeriodOption2": "electricity_rate_price_period_option2",
    "ElectricityRatePricePeriodsDateCreateOrUpdateRequest": "electricity_rate_price_periods_date_create_or_update_request",
    "ElectricityRatePricePeriodsDateCreateOrUpdateResponse": "electricity_rate_price_periods_date_create_or_update_response",
    "ElectricityRatePricePeriodsDateCreateOrUpdateResponseLinks": "electricity_rate_price_periods_date_create_or_update_response_links",
    "ElectricityRatePricePeriodsDateCreateOrUpdateResponseMeta": "electricity_rate_price_periods_date_create_or_update_response_meta",
    "ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse": "electricity_rate_price_periods_week_day_createa_or_update_response",
    "ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay": "electricity_rate_price_periods_week_day_createa_or_update_week_day",
    "ElectricityRateType": "electricity_rate_type",
    "ElectricityRateUpdateRequest": "electricity_rate_update_request",
    "ElectricityRatesListingDeprecatedFilter": "electricity_rates_listing_deprecated_filter",
    "ElectricityRatesListingFilter": "electricity_rates_listing_filter",
    "ErrorBody": "error_body",
    "Evse": "evse",
    "EvseBulkAssignTariffGroupsRequest": "evse_bulk_assign_tariff_groups_request",
    "EvseBulkAssignTariffGroupsRequestFilters": "evse_bulk_assign_tariff_groups_request",
    "EvseChangedNotification": "evse_changed_notification",
    "EvseChangedNotificationAction": "evse_changed_notification_action",
    "EvseChangedNotificationNotification": "evse_changed_notification",
    "EvseChargingProfile": "evse_charging_profile",
    "EvseChargingProfileSchedulePeriod": "evse_charging_profile",
    "EvseCreateRequest": "evse_create_request",
    "EvseCurrentType": "evse_current_type",
    "EvseDeleteIncludeItem": "evse_delete_include_item",
    "EvseDeprecated": "evse_deprecated",
    "EvseDeprecatedConnector": "evse_deprecated_connector",
    "EvseDeprecatedConnectorType": "evse_deprecated_connector_type",
    "EvseDeprecatedHardwareStatus": "evse_deprecated_hardware_status",
    "EvseDeprecatedMaxVoltage": "evse_deprecated_max_voltage",
    "EvseDeprecatedPhaseRotation": "evse_deprecated_phase_rotation",
    "EvseDeprecatedPhases": "evse_deprecated_phases",
    "EvseDeprecatedRoaming": "evse_deprecated",
    "EvseDeprecatedStatus": "evse_deprecated_status",
    "EvseDowntimePeriod": "evse_downtime_period",
    "EvseDowntimePeriodCreateRequest": "evse_downtime_period_create_request",
    "EvseDowntimePeriodEntryMode": "evse_downtime_period_entry_mode",
    "EvseDowntimePeriodStatuses": "evse_downtime_period_statuses",
    "EvseDowntimePeriodType": "evse_downtime_period_type",
    "EvseDowntimePeriodsListingFilter": "evse_downtime_periods_listing_filter",
    "EvseHardwareStatus": "evse_hardware_status",
    "EvsePowerOptions": "evse_power_options",
    "EvseRoaming": "evse_roaming",
    "EvseRoamingStatus": "evse_roaming_status",
    "EvseStatus": "evse_status",
    "EvseUpdateDeprecatedRequest": "evse_update_deprecated_request",
    "EvsesListingDeprecatedFilter": "evses_listing_deprecated_filter",
    "EvsesListingFilter": "evses_listing_filter",
    "Expense": "expense",
    "ExpenseBreakdownItem": "expense_breakdown_item",
    "ExpenseDeprecated": "expense_deprecated",
    "ExpenseOrigin": "expense_origin",
    "ExpensesListingDeprecatedFilter": "expenses_listing_deprecated_filter",
    "ExpensesListingFilter": "expenses_listing_filter",
    "Faq": "faq",
    "FaqCreateRequest": "faq_create_request",
    "FaqUpdateRequest": "faq_update_request",
    "FirmwareVersion": "firmware_version",
    "FirmwareVersionReadIncludeItem": "firmware_version_read_include_item",
    "FirmwareVersionsListingFilter": "firmware_versions_listing_filter",
    "FlexibilityActivationRequest": "flexibility_activation_request",
    "FlexibilityActivationRequestPeriod": "flexibility_activation_request",
    "FlexibilityAsset": "flexibility_asset",
    "FlexibilityAssetCreateActivationRequestRequest": "flexibility_asset_create_activation_request_request",
    "FlexibilityAssetCreateActivationRequestRequestPeriod": "flexibility_asset_create_activation_request_request",
    "ForbiddenErrorBody": "forbidden_error_body",
    "GetDowntimePeriodNoticesFilter": "get_downtime_period_notices_filter",
    "GetHistoricalTimeSeriesFilter": "get_historical_time_series_filter",
    "GetInstallerJobIncludeItem": "get_installer_job_include_item",
    "GetInstallerJobsListFilter": "get_installer_jobs_list_filter",
    "GetParkingSpaceIncludeItem": "get_parking_space_include_item",
    "GetPaymentTerminalsFilter": "get_payment_terminals_filter",
    "HardwareStatusNotification": "hardware_status_notification",
    "HardwareStatusNotificationNotification": "hardware_status_notification",
    "HistoricalTimeSeries": "historical_time_series",
    "Hubject": "hubject",
    "IdTag": "id_tag",
    "IdTagChangedNotification": "id_tag_changed_notification",
    "IdTagChangedNotificationNotification": "id_tag_changed_notification",
    "IdTagCreateRequest": "id_tag_create_request",
    "IdTagCreateResult": "id_tag_create_result",
    "IdTagCreateResultType": "id_tag_create_result_type",
    "IdTagType": "id_tag_type",
    "IdTagUpdateRequest": "id_tag_update_request",
    "IdTagVehicleType": "id_tag_vehicle_type",
    "IdTagsListingFilter": "id_tags_listing_filter",
    "InstallerJob": "installer_job",
    "InstallerJobChangedNotification": "installer_job_changed_notification",
    "InstallerJobChangedNotificationChargePoint": "installer_job_changed_notification_charge_point",
    "InstallerJobChangedNotificationNotification": "installer_job_changed_notification",
    "InstallerJobsList": "installer_jobs_list",
    "InstallerJobsListStatus": "installer_jobs_list_status",
    "Invoice": "invoice",
    "InvoiceClient": "invoice",
    "InvoiceDetailsCreateOrUpdateRequestOption1": "invoice_details_create_or_update_request_option1",
    "InvoiceDetailsCreateOrUpdateRequestOption2": "invoice_details_create_or_update_request_option2",
    "InvoiceDetailsCreateOrUpdateRequestOption3": "invoice_details_create_or_update_request_option3",
    "InvoiceDetailsCreateOrUpdateRequestOption4": "invoice_details_create_or_update_request_option4",
    "InvoiceType": "invoice",
    "InvoicesListingFilter": "invoices_listing_filter",
    "ListConfigurationTemplatesFilter": "list_configuration_templates_filter",
    "ListConfigurationTemplatesFilterOcppVersion": "list_configuration_templates_filter",
    "ListCurrencyRatesFilter": "list_currency_rates_filter",
    "ListFlexibilityActivationRequestsFilter": "list_flexibility_activation_requests_filter",
    "ListFlexibilityAssetsFilter": "list_flexibility_assets_filter",
    "ListParkingSpaceFilter": "list_parking_space_filter",
    "ListRoamingCustomTariffFiltersFilter": "list_roaming_custom_tariff_filters_filter",
    "Location": "location",
    "LocationAccessMethod": "location_access_method",
    "LocationChangedNotification": "location_changed_notification",
    "LocationChangedNotificationLocation": "location_changed_notification",
    "LocationChangedNotificationNotification": "location_changed_notification",
    "LocationChargingZone": "location_charging_zone",
    "LocationChargingZone2": "location",
    "LocationChargingZoneAdditionalInfo": "location_charging_zone_additional_info",
    "LocationChargingZoneCreateRequest": "location_charging_zone_create_request",
    "LocationChargingZoneUpdateRequest": "location_charging_zone_update_request",
    "LocationCheckBookingAvailabilityRequest": "location_check_booking_availability_request",
    "LocationCheckBookingAvailabilityResultItem": "location_check_booking_availability_result_item",
    "LocationCheckBookingAvailabilityResultItemAvailableSlot": "location_check_booking_availability_result_item",
    "LocationCreateDeprecatedRequest": "location_create_deprecated_request",
    "LocationCreateRequest": "location_create_request",
    "LocationDeleteIncludeItem": "location_delete_include_item",
    "LocationDeprecated": "location_deprecated",
    "LocationDeprecatedStatus": "location_deprecated_status",
    "LocationDeprecatedWorkingHours": "location_deprecated_working_hours",
    "LocationDeprecatedWorkingHoursHours": "location_deprecated_working_hours_hours",
    "LocationDeprecatedWorkingHoursHoursFridayItem": "location_deprecated_working_hours_hours",
    "LocationFacility": "location_facility",
    "LocationGeoposition": "location_geoposition",
    "LocationImage": "location_image",
    "LocationParkingType": "location_parking_type",
    "LocationRoaming": "location",
    "LocationUpdateDeprecatedRequest": "location_update_deprecated_request",
    "LocationUpdateRequest": "location_update_request",
    "LocationWorkingHours": "location_working_hours",
    "LocationsListingDeprecatedFilter": "locations_listing_deprecated_filter",
    "LocationsListingFilter": "locations_listing_filter",
    "LocationsListingFilterState": "locations_listing_filter",
    "Nayax": "nayax",
    "NetworkStatusNotification": "network_status_notification",
    "NetworkStatusNotificationNotification": "network_status_notification",
    "NotAcceptableErrorBody": "not_acceptable_error_body",
    "NotificationKafka": "notification_kafka",
    "NotificationKafkaCompressionCodec": "notification_kafka",
    "NotificationKafkaSaslMechanism": "notification_kafka",
    "NotificationKafkaSecurityProtocol": "notification_kafka",
    "NotificationNotification": "notification_notification",
    "NotificationVia": "notification_via",
    "NotificationWebhook": "notification_webhook",
    "Notification_": "notification",
    "Notifications": "notifications",
    "NotificationsCreateRequest": "notifications_create_request",
    "NotificationsResendFailedRequest": "notifications_resend_failed_request",
    "NotificationsSubscribeDeprecatedRequest": "notifications_subscribe_deprecated_request",
    "OcpiOrGireve221": "ocpi_or_gireve221",
    "ParkingSpace": "parking_space",
    "ParkingSpaceOccupancyStatus": "parking_space_occupancy_status",
    "ParkingSpaceOccupancyStatusChangedNotification": "parking_space_occupancy_status_changed_notification",
    "ParkingSpaceOccupancyStatusChangedNotificationNotification": "parking_space_occupancy_status_changed_notification",
    "ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus": "parking_space_occupancy_status_changed_notification_occupancy_status",
    "ParkingSpaceUpdateOccupancyStatusRequest": "parking_space_update_occupancy_status_request",
    "Partner": "partner",
    "PartnerChangedNotification": "partner_changed_notification",
    "PartnerChangedNotificationAction": "partner_changed_notification_action",
    "PartnerChangedNotificationDeprecated": "partner_changed_notification_deprecated",
    "PartnerChangedNotificationDeprecatedNotification": "partner_changed_notification_deprecated",
    "PartnerChangedNotificationNotification": "partner_changed_notification",
    "PartnerChangedNotificationUser": "partner_changed_notification",
    "PartnerContactDetails": "partner_contact_details",
    "PartnerContactDetailsBilling": "partner_contact_details",
    "PartnerContract": "partner_contract",
    "PartnerContractAccessAndPermissions": "partner_contract_access_and_permissions",
    "PartnerContractCreateRequest": "partner_contract_create_request",
    "PartnerContractMonthlyPlatformFees": "partner_contract_monthly_platform_fees",
    "PartnerContractRevenueSharing": "partner_contract_revenue_sharing",
    "PartnerCorporateBilling": "partner_corporate_billing",
    "PartnerCountry": "partner_country",
    "PartnerCreateDeprecatedRequest": "partner_create_deprecated_request",
    "PartnerCreateRequest": "partner_create_request",
    "PartnerDeprecated": "partner_deprecated",
    "PartnerInvite": "partner_invite",
    "PartnerInviteChangedNotification": "partner_invite_changed_notification",
    "PartnerInviteChangedNotificationNotification": "partner_invite_changed_notification",
    "PartnerInviteCreateRequest": "partner_invite_create_request",
    "PartnerInviteOptions": "partner_invite_options",
    "PartnerInviteStatus": "partner_invite_status",
    "PartnerInviteUpdateRequest": "partner_invite_update_request",
    "PartnerInvitesListingFilter": "partner_invites_listing_filter",
    "PartnerNotifications": "partner_notifications",
    "PartnerNotificationsBilling": "partner_notifications",
    "PartnerNotificationsTechnical": "partner_notifications",
    "PartnerOptions": "partner_options",
    "PartnerSettlementReport": "partner_settlement_report",
    "PartnerSettlementReportCustomer": "partner_settlement_report",
    "PartnerSettlementReportPartnerSettlementRecord": "partner_settlement_report_partner_settlement_record",
    "PartnerSettlementReportPartnerSettlementRecordCreateRequest": "partner_settlement_report_partner_settlement_record_create_request",
    "PartnerSettlementReportSupplier": "partner_settlement_report",
    "PartnerSettlementReportTotalAmount": "partner_settlement_report_total_amount",
    "PartnerSettlementReportsListingFilter": "partner_settlement_reports_listing_filter",
    "PartnerState": "partner_state",
    "PartnerUpdateRequestOption1": "partner_update_request_option1",
    "PartnersListingFilter": "partners_listing_filter",
    "PatchDowntimePeriodNoticeRequest": "patch_downtime_period_notice_request",
    "Pax": "pax",
    "PaymentMethod": "payment_method",
    "PaymentMethodBankTransferType": "payment_method",
    "PaymentMethodCreateRequest": "payment_method_create_request",
    "PaymentMethodCreateRequestBankTransferType": "payment_method_create_request",
    "PaymentMethodIssuer": "payment_method",
    "PaymentMethodTokenizedType": "payment_method_tokenized_type",
    "PaymentMethodType": "payment_method",
    "PaymentMethodUpdateRequest": "payment_method_update_request",
    "PaymentMethodUpdateValidationErrorBody": "payment_method_update_validation_error_body",
    "PaymentMethodUpdateValidationErrorBodyMessage": "payment_method_update_validation_error_body",
    "PaymentMethodWalletType": "payment_method_wallet_type",
    "PaymentTerminalOption10": "payment_terminal_option10",
    "PaymentTerminalOption11": "payment_terminal_option11",
    "PaymentTerminalOption12": "payment_terminal_option12",
    "PaymentTerminalOption12Bundle": "payment_terminal_option12_bundle",
    "PaymentTerminalOption12InfoItem": "payment_terminal_option12_info_item",
    "PaymentTerminalOption12NetworkStatus": "payment_terminal_option12_network_status",
    "PaymentTerminalOption1Option1": "payment_terminal_option1_option1",
    "PaymentTerminalOption1Option2": "payment_terminal_option1_option2",
    "PaymentTerminalOption3": "payment_terminal_option3",
    "PaymentTerminalOption4": "payment_terminal_option4",
    "PaymentTerminalOption5": "payment_terminal_option5",
    "PaymentTerminalOption6": "payment_terminal_option6",
    "PaymentTerminalOption6TerminalType": "payment_terminal_option6_terminal_type",
    "PaymentTerminalOption7": "payment_terminal_option7",
    "PaymentTerminalOption9": "payment_terminal_option9",
    "PaymentTerminalOption9InvoiceField": "payment_terminal_option9",
    "PayterOnCp": "payter_on_cp",
    "PayterOnLocation": "payter_on_location",
    "PcId": "pc_id",
    "PcIdIdTag": "pc_id_id_tag",
    "PcIdVehicleType": "pc_id_vehicle_type",
    "PersonalSmartChargingPreferencesOption7": "personal_smart_charging_preferences_option7",
    "PostDowntimePeriodNoticeRequest": "post_downtime_period_notice_request",
    "PrintecCastles": "printec_castles",
    "Receipt": "receipt",
    "ReceiptPaymentStatus": "receipt_payment_status",
    "ReceiptsListingFilter": "receipts_listing_filter",
    "ReorderRoamingCustomTariffFiltersRequest": "reorder_roaming_custom_tariff_filters_request",
    "ReorderRoamingCustomTariffFiltersRequestFilter": "reorder_roaming_custom_tariff_filters_request",
    "Reservation": "reservation",
    "ReservationCancelRequest": "reservation_cancel_request",
    "ReservationChangedNotification": "reservation_changed_notification",
    "ReservationChangedNotificationNotification": "reservation_changed_notification",
    "ReservationStatus": "reservation_status",
    "ReservationsListingFilter": "reservations_listing_filter",
    "Revenue": "revenue",
    "RevenueDeprecated": "revenue_deprecated",
    "RevenueOrigin": "revenue_origin",
    "RevenuesListingDeprecatedFilter": "revenues_listing_deprecated_filter",
    "RevenuesListingFilter": "revenues_listing_filter",
    "RfidTag": "rfid_tag",
    "RfidTagCreateDeprecatedRequest": "rfid_tag_create_deprecated_request",
    "RfidTagStatus": "rfid_tag_status",
    "RfidTagsListingDeprecatedFilter": "rfid_tags_listing_deprecated_filter",
    "RfidTagsListingDeprecatedFilterStatus": "rfid_tags_listing_deprecated_filter_status",
    "RoamingConnection": "roaming_connection",
    "RoamingCustomTariffFilter": "roaming_custom_tariff_filter",
    "RoamingCustomTariffFilterApplicableCurrentType": "roaming_custom_tariff_filter_applicable_current_type",
    "RoamingOperator": "roaming_operator",
    "RoamingOperatorCpoSettings": "roaming_operator_cpo_settings",
    "RoamingOperatorCpoSettingsPhaseAcPowerFormula": "roaming_operator_cpo_settings",
    "RoamingOperatorCpoSettingsThreatEvseStatusUnknownAs": "roaming_operator_cpo_settings",
    "RoamingOperatorUpdateRequest": "roaming_operator_update_request",
    "RoamingPlatform": "roaming_platform",
    "RoamingPlatformChangedNotification": "roaming_platform_changed_notification",
    "RoamingPlatformChangedNotificationNotification": "roaming_platform_changed_notification",
    "RoamingPlatformOcpi": "roaming_platform_ocpi",
    "RoamingPlatformProtocol": "roaming_platform_protocol",
    "RoamingProvider": "roaming_provider",
    "RoamingProviderUpdateRequestOption1": "roaming_provider_update_request_option1",
    "RoamingProviderUpdateRequestOption2": "roaming_provider_update_request_option2",
    "RoamingProvidersListingFilter": "roaming_providers_listing_filter",
    "RoamingTariff": "roaming_tariff",
    "RoamingTariffUpdateRequest": "roaming_tariff_update_request",
    "SecurityEvent": "security_event",
    "SecurityEventNotification": "security_event_notification",
    "SecurityEventNotificationNotification": "security_event_notification",
    "SecurityEventNotificationType": "security_event_notification",
    "SecurityEventType": "security_event_type",
    "SecurityEventsListingFilter": "security_events_listing_filter",
    "Session": "session",
    "SessionBillingStatus": "session",
    "SessionChargingPeriod": "session",
    "SessionChargingPeriodChargingState": "session",
    "SessionChargingPeriodPriceBreakdownItem": "session",
    "SessionChargingPeriodPricingDetails": "session",
    "SessionChargingPeriodPricingDetailsChargingType": "session",
    "SessionChargingPeriodPricingDetailsDayPeriod": "session",
    "SessionChargingPeriodPricingDetailsPricingMethod": "session",
    "SessionClockAlignedEnergyConsumptionItem": "session",
    "SessionEnergyConsumption": "session_energy_consumption",
    "SessionMeterValuesNotification": "session_meter_values_notification",
    "SessionMeterValuesNotificationMeterValue": "session_meter_values_notification",
    "SessionMeterValuesNotificationMeterValueMeasurand": "session_meter_values_notification",
    "SessionMeterValuesNotificationMeterValueUnit": "session_meter_values_notification",
    "SessionMeterValuesNotificationNotification": "session_meter_values_notification",
    "SessionPaymentStatus": "session_payment_status",
    "SessionPaymentType": "session_payment_type",
    "SessionPower": "session",
    "SessionPriceBreakdownItem": "session",
    "SessionPriceBreakdownItemType": "session_price_breakdown_item_type",
    "SessionPriceBreakdownItemUnit": "session_price_breakdown_item_unit",
    "SessionReadClockAlignedInterval": "session_read_clock_aligned_interval",
    "SessionReason": "session_reason",
    "SessionRetryPaymentRequest": "session_retry_payment_request",
    "SessionRoaming": "session",
    "SessionStartStopNotification": "session_start_stop_notification",
    "SessionStartStopNotificationAction": "session_start_stop_notification_action",
    "SessionStartStopNotificationDeprecated": "session_start_stop_notification_deprecated",
    "SessionStartStopNotificationDeprecatedNotification": "session_start_stop_notification_deprecated",
    "SessionStartStopNotificationNotification": "session_start_stop_notification",
    "SessionStatus": "session",
    "SessionTax": "session_tax",
    "SessionTotalAmount": "session_total_amount",
    "SessionUpdateNotification": "session_update_notification",
    "SessionUpdateNotificationNotification": "session_update_notification",
    "SessionsConsumptionStatsItem": "sessions_consumption_stats_item",
    "SessionsListingFilter": "sessions_listing_filter",
    "SessionsListingFilterAuthorizationSource": "sessions_listing_filter",
    "SessionsListingFilterBillingStatus": "sessions_listing_filter",
    "SessionsListingFilterReason": "sessions_listing_filter",
    "SessionsListingFilterRoaming": "sessions_listing_filter",
    "SessionsListingFilterStatus": "sessions_listing_filter",
    "Setting": "setting",
    "SettingBaseCurrency": "setting",
    "SettingDefaultTax": "setting",
    "SettingReservations": "setting",
    "SettlementReportCreatedNotification": "settlement_report_created_notification",
    "SettlementReportCreatedNotificationNotification": "settlement_report_created_notification",
    "SoftOneInvoiceManager": "soft_one_invoice_manager",
    "StripeSetupIntentPaymentMethod": "stripe_setup_intent_payment_method",
    "SubOperator": "sub_operator",
    "SubOperatorChangedNotification": "sub_operator_changed_notification",
    "SubOperatorChangedNotificationNotification": "sub_operator_changed_notification",
    "Subscription": "subscription",
    "SubscriptionPlan": "subscription_plan",
    "SubscriptionPlanAllowance": "subscription_plan_allowance",
    "SubscriptionPlanAllowanceResetCycle": "subscription_plan_allowance",
    "SubscriptionPlanAllowanceType": "subscription_plan_allowance",
    "SubscriptionPlanBillingType": "subscription_plan_billing_type",
    "SubscriptionPlanCreateRequest": "subscription_plan_create_request",
    "SubscriptionPlanDeprecated": "subscription_plan_deprecated",
    "SubscriptionPlanPostPaidChargingSessionsAccumulation": "subscription_plan_post_paid_charging_sessions_accumulation",
    "SubscriptionPlanRenewalCycle": "subscription_plan_renewal_cycle",
    "SubscriptionPlanReplaceRequest": "subscription_plan_replace_request",
    "SubscriptionPlanType": "subscription_plan_type",
    "SubscriptionPlanUpdateRequestOption1": "subscription_plan_update_request_option1",
    "SubscriptionPlanVisibilityRestrictions": "subscription_plan_visibility_restrictions",
    "SubscriptionRemainingAllowance": "subscription",
    "SubscriptionStatus": "subscription_status",
    "SubscriptionsListingFilter": "subscriptions_listing_filter",
    "Tariff": "tariff",
    "TariffChangedNotification": "tariff_changed_notification",
    "TariffChangedNotificationNotification": "tariff_changed_notification",
    "TariffCreateRequest": "tariff_create_request",
    "TariffCreateRequestPricing": "tariff_create_request",
    "TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh": "tariff_create_request",
    "TariffGroup": "tariff_group",
    "TariffGroup2": "tariff_group2",
    "TariffGroupCreateRequest": "tariff_group_create_request",
    "TariffGroupsListingFilter": "tariff_groups_listing_filter",
    "TariffPartner": "tariff_partner",
    "TariffPricing": "tariff_pricing",
    "TariffPricingAveragePowerLevel": "tariff_pricing_average_power_level",
    "TariffPricingDaysWhenAppliedItem": "tariff_pricing_days_when_applied_item",
    "TariffPricingFlexibleMarkUpAsFixedPerKwh": "tariff_pricing",
    "TariffPricingMultiIdleFeeItem": "tariff_pricing_multi_idle_fee_item",
    "TariffPricingMultiPricePerKwhItem": "tariff_pricing_multi_price_per_kwh_item",
    "TariffPricingPeakPowerLevel": "tariff_pricing_peak_power_level",
    "TariffPricingPricePeriodInMinutes": "tariff_pricing_price_period_in_minutes",
    "TariffPricingPricePeriods": "tariff_pricing_price_periods",
    "TariffPricingPricePeriodsIdleFeePeriods": "tariff_pricing_price_periods",
    "TariffPricingStateOfChargeIdleThreshold": "tariff_pricing_state_of_charge_idle_threshold",
    "TariffPricingTimePeriod": "tariff_pricing_time_period",
    "TariffRestrictions": "tariff_restrictions",
    "TariffSetDisplayInformationRequest": "tariff_set_display_information_request",
    "TariffSnapshot": "tariff_snapshot",
    "TariffStopSession": "tariff_stop_session",
    "TariffType": "tariff_type",
    "TariffsListingFilter": "tariffs_listing_filter",
    "Tax": "tax",
    "TaxCreateRequest": "tax_create_request",
    "TaxIdentificationNumber": "tax_identification_number",
    "TaxUpdateRequest": "tax_update_request",
    "Template": "template",
    "TemplateEvse": "template",
    "TemplateEvseDlmPhases": "template",
    "TemplateEvseInputVoltage": "template",
    "TermsAndPoliciesListingFilter": "terms_and_policies_listing_filter",
    "TermsAndPolicy": "terms_and_policy",
    "TermsAndPolicyDocument": "terms_and_policy",
    "TermsAndPolicyStatus": "terms_and_policy",
    "TimeSeriesForecast": "time_series_forecast",
    "TopUpPackagCreateRequest": "top_up_packag_create_request",
    "TopUpPackage": "top_up_package",
    "TopUpPackageUpdateRequest": "top_up_package_update_request",
    "TopUpPackagesListingFilter": "top_up_packages_listing_filter",
    "Transaction": "transaction",
    "TransactionBasedPaymentMethodSetup": "transaction_based_payment_method_setup",
    "TransactionBillingType": "transaction_billing_type",
    "TransactionCardDetails": "transaction",
    "TransactionCardDetailsTokenizationMethod": "transaction",
    "TransactionCardDetailsType": "transaction_card_details_type",
    "TransactionChangedNotification": "transaction_changed_notification",
    "TransactionChangedNotificationAction": "transaction_changed_notification_action",
    "TransactionChangedNotificationNotification": "transaction_changed_notification",
    "TransactionIssueInvoiceRequest": "transaction_issue_invoice_request",
    "TransactionIssueInvoiceRequestInvoiceDetails": "transaction_issue_invoice_request",
    "TransactionPurchaseResourceType": "transaction",
    "TransactionStatus": "transaction_status",
    "TransactionUpdatePaymentReferenceRequest": "transaction_update_payment_reference_request",
    "TransactionUpdateRequest": "transaction_update_request",
    "TransactionUpdateRequestPaymentMethod": "transaction_update_request",
    "TransactionUpdateRequestPaymentMethodBankTransferType": "transaction_update_request_payment_method_bank_transfer_type",
    "TransactionsCreateRequest": "transactions_create_request",
    "TransactionsCreateRequestPaymentMethod": "transactions_create_request",
    "TransactionsCreateRequestPaymentMethodMethodType": "transactions_create_request",
    "TransactionsListingFilter": "transactions_listing_filter",
    "TransactionsListingFilterPaymentMethod": "transactions_listing_filter",
    "TransactionsListingFilterPurchaseTypeItem": "transactions_listing_filter",
    "TransactionsListingFilterStatus": "transactions_listing_filter",
    "UpdateBookingRequestInput": "update_booking_request_input",
    "UpdateCurrencyRateRequest": "update_currency_rate_request",
    "UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItem": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomFilterTariffRequestElementRestrictionsReservation": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequest": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestElement": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestElementPriceComponent": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestElementPriceComponentType": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestElementRestrictions": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestEnergyMix": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSource": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestMaxPrice": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestTariffAltTextItem": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffFilterTariffRequestType": "update_custom_tariff_filter_tariff_request",
    "UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategory": "update_custom_tariff_filter_tariff_request",
    "UpdateFlexibilityAssetRequest": "update_flexibility_asset_request",
    "UpdateInstallerJobRequest": "update_installer_job_request",
    "UpdatePaymentTerminalRequestOption10": "update_payment_terminal_request_option10",
    "UpdatePaymentTerminalRequestOption1Option2": "update_payment_terminal_request_option1_option2",
    "UpdatePaymentTerminalRequestOption4": "update_payment_terminal_request_option4",
    "UpdatePaymentTerminalRequestOption5": "update_payment_terminal_request_option5",
    "UpdatePaymentTerminalRequestOption9": "update_payment_terminal_request_option9",
    "UpdatePcIdRequest": "update_pc_id_request",
    "UpdateRoamingCustomTariffFilterRequest": "update_roaming_custom_tariff_filter_request",
    "UsState": "us_state",
    "User": "user",
    "UserActivateSubscriptionRequest": "user_activate_subscription_request",
    "UserAddBalanceRequest": "user_add_balance_request",
    "UserApplyCustomFeeRequest": "user_apply_custom_fee_request",
    "UserBalanceChangedNotification": "user_balance_changed_notification",
    "UserBalanceChangedNotificationNotification": "user_balance_changed_notification",
    "UserBalanceChangedNotificationType": "user_balance_changed_notification",
    "UserBankDetails": "user_bank_details",
    "UserCancelSubscriptionRequest": "user_cancel_subscription_request",
    "UserChangeStatusRequest": "user_change_status_request",
    "UserChangedNotification": "user_changed_notification",
    "UserChangedNotificationAction": "user_changed_notification",
    "UserChangedNotificationNotification": "user_changed_notification",
    "UserCreateRequest": "user_create_request",
    "UserCreateRequestState": "user_create_request_state",
    "UserDeleteIncludeItem": "user_delete_include_item",
    "UserDetails": "user_details",
    "UserExportAllPrivateDataResponse": "user_export_all_private_data_response",
    "UserGroup": "user_group",
    "UserGroupCreateRequest": "user_group_create_request",
    "UserGroupsListingFilter": "user_groups_listing_filter",
    "UserInvoiceDetailsChangedNotification": "user_invoice_details_changed_notification",
    "UserInvoiceDetailsChangedNotificationNotification": "user_invoice_details_changed_notification",
    "UserOptions": "user_options",
    "UserOptionsSessionsAllowed": "user_options",
    "UserPaymentMethodChangedNotification": "user_payment_method_changed_notification",
    "UserPaymentMethodChangedNotificationNotification": "user_payment_method_changed_notification",
    "UserRedeemVoucherRequest": "user_redeem_voucher_request",
    "UserSubscriptionChangedNotification": "user_subscription_changed_notification",
    "UserSubscriptionChangedNotificationDeprecated": "user_subscription_changed_notification_deprecated",
    "UserSubscriptionChangedNotificationDeprecatedNotification": "user_subscription_changed_notification_deprecated",
    "UserSubscriptionChangedNotificationDeprecatedStatus": "user_subscription_changed_notification_deprecated",
    "UserSubscriptionChangedNotificationNotification": "user_subscription_changed_notification",
    "UserSubscriptionChangedNotificationStatus": "user_subscription_changed_notification",
    "UserUpdateRequest": "user_update_request",
    "UsersListingFilter": "users_listing_filter",
    "Utility": "utility",
    "ValidationErrorBody": "validation_error_body",
    "ValidationErrorBodyMessage": "validation_error_body",
    "VendorErrorCode": "vendor_error_code",
    "VendorErrorCodeCreateRequest": "vendor_error_code_create_request",
    "Voucher": "voucher",
    "VoucherCreateDeprecatedRequest": "voucher_create_deprecated_request",
    "VoucherCreateRequest": "voucher_create_request",
    "VoucherDeprecated": "voucher_deprecated",
    "VoucherType": "voucher_type",
    "VoucherUpdateDeprecatedRequest": "voucher_update_deprecated_request",
    "VoucherUpdateRequest": "voucher_update_request",
    "VoucherValidityPeriod": "voucher_validity_period",
    "VouchersListingDeprecatedFilter": "vouchers_listing_deprecated_filter",
    "VouchersListingFilter": "vouchers_listing_filter",
    "WebPortal": "web_portal",
}

# deprecated name -> the class that replaced it
_ALIASES: dict[str, str] = {
    "Ampeco": "Ampeco_",
    "Notification": "Notification_",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    replacement = _ALIASES.get(name)
    if replacement is not None:
        warnings.warn(
            f"{__name__}.{name} is deprecated: use {__name__}.{replacement}",
            DeprecationWarning,
            stacklevel=2,
        )
        value = __getattr__(replacement)
        globals()[name] = value
        return value
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
