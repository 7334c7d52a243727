"""The AMPECO.CHARGE Public API clients: one attribute per resource, created on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.client import AsyncClient, SyncClient
from ._version import __api_version__, __version__

if TYPE_CHECKING:
    from .resources.authorizations import (
        AsyncAuthorizationsResource,
        AsyncAuthorizationsResourceWithRawResponse,
        AsyncAuthorizationsResourceWithStreamingResponse,
        AuthorizationsResource,
        AuthorizationsResourceWithRawResponse,
        AuthorizationsResourceWithStreamingResponse,
    )
    from .resources.booking_requests import (
        AsyncBookingRequestsResource,
        AsyncBookingRequestsResourceWithRawResponse,
        AsyncBookingRequestsResourceWithStreamingResponse,
        BookingRequestsResource,
        BookingRequestsResourceWithRawResponse,
        BookingRequestsResourceWithStreamingResponse,
    )
    from .resources.bookings import (
        AsyncBookingsResource,
        AsyncBookingsResourceWithRawResponse,
        AsyncBookingsResourceWithStreamingResponse,
        BookingsResource,
        BookingsResourceWithRawResponse,
        BookingsResourceWithStreamingResponse,
    )
    from .resources.cdrs import (
        AsyncCdrsResource,
        AsyncCdrsResourceWithRawResponse,
        AsyncCdrsResourceWithStreamingResponse,
        CdrsResource,
        CdrsResourceWithRawResponse,
        CdrsResourceWithStreamingResponse,
    )
    from .resources.certificates import (
        AsyncCertificatesResource,
        AsyncCertificatesResourceWithRawResponse,
        AsyncCertificatesResourceWithStreamingResponse,
        CertificatesResource,
        CertificatesResourceWithRawResponse,
        CertificatesResourceWithStreamingResponse,
    )
    from .resources.charge_point_downtime_periods import (
        AsyncChargePointDowntimePeriodsResource,
        AsyncChargePointDowntimePeriodsResourceWithRawResponse,
        AsyncChargePointDowntimePeriodsResourceWithStreamingResponse,
        ChargePointDowntimePeriodsResource,
        ChargePointDowntimePeriodsResourceWithRawResponse,
        ChargePointDowntimePeriodsResourceWithStreamingResponse,
    )
    from .resources.charge_point_models import (
        AsyncChargePointModelsResource,
        AsyncChargePointModelsResourceWithRawResponse,
        AsyncChargePointModelsResourceWithStreamingResponse,
        ChargePointModelsResource,
        ChargePointModelsResourceWithRawResponse,
        ChargePointModelsResourceWithStreamingResponse,
    )
    from .resources.charge_point_vendors import (
        AsyncChargePointVendorsResource,
        AsyncChargePointVendorsResourceWithRawResponse,
        AsyncChargePointVendorsResourceWithStreamingResponse,
        ChargePointVendorsResource,
        ChargePointVendorsResourceWithRawResponse,
        ChargePointVendorsResourceWithStreamingResponse,
    )
    from .resources.charge_points import (
        AsyncChargePointsResource,
        AsyncChargePointsResourceWithRawResponse,
        AsyncChargePointsResourceWithStreamingResponse,
        ChargePointsResource,
        ChargePointsResourceWithRawResponse,
        ChargePointsResourceWithStreamingResponse,
    )
    from .resources.circuits import (
        AsyncCircuitsResource,
        AsyncCircuitsResourceWithRawResponse,
        AsyncCircuitsResourceWithStreamingResponse,
        CircuitsResource,
        CircuitsResourceWithRawResponse,
        CircuitsResourceWithStreamingResponse,
    )
    from .resources.configuration_templates import (
        AsyncConfigurationTemplatesResource,
        AsyncConfigurationTemplatesResourceWithRawResponse,
        AsyncConfigurationTemplatesResourceWithStreamingResponse,
        ConfigurationTemplatesResource,
        ConfigurationTemplatesResourceWithRawResponse,
        ConfigurationTemplatesResourceWithStreamingResponse,
    )
    from .resources.consents import (
        AsyncConsentsResource,
        AsyncConsentsResourceWithRawResponse,
        AsyncConsentsResourceWithStreamingResponse,
        ConsentsResource,
        ConsentsResourceWithRawResponse,
        ConsentsResourceWithStreamingResponse,
    )
    from .resources.contact_details import (
        AsyncContactDetailsResource,
        AsyncContactDetailsResourceWithRawResponse,
        AsyncContactDetailsResourceWithStreamingResponse,
        ContactDetailsResource,
        ContactDetailsResourceWithRawResponse,
        ContactDetailsResourceWithStreamingResponse,
    )
    from .resources.currencies import (
        AsyncCurrenciesResource,
        AsyncCurrenciesResourceWithRawResponse,
        AsyncCurrenciesResourceWithStreamingResponse,
        CurrenciesResource,
        CurrenciesResourceWithRawResponse,
        CurrenciesResourceWithStreamingResponse,
    )
    from .resources.currency_rates import (
        AsyncCurrencyRatesResource,
        AsyncCurrencyRatesResourceWithRawResponse,
        AsyncCurrencyRatesResourceWithStreamingResponse,
        CurrencyRatesResource,
        CurrencyRatesResourceWithRawResponse,
        CurrencyRatesResourceWithStreamingResponse,
    )
    from .resources.custom_fees import (
        AsyncCustomFeesResource,
        AsyncCustomFeesResourceWithRawResponse,
        AsyncCustomFeesResourceWithStreamingResponse,
        CustomFeesResource,
        CustomFeesResourceWithRawResponse,
        CustomFeesResourceWithStreamingResponse,
    )
    from .resources.downtime_period_notices import (
        AsyncDowntimePeriodNoticesResource,
        AsyncDowntimePeriodNoticesResourceWithRawResponse,
        AsyncDowntimePeriodNoticesResourceWithStreamingResponse,
        DowntimePeriodNoticesResource,
        DowntimePeriodNoticesResourceWithRawResponse,
        DowntimePeriodNoticesResourceWithStreamingResponse,
    )
    from .resources.electricity_meters import (
        AsyncElectricityMetersResource,
        AsyncElectricityMetersResourceWithRawResponse,
        AsyncElectricityMetersResourceWithStreamingResponse,
        ElectricityMetersResource,
        ElectricityMetersResourceWithRawResponse,
        ElectricityMetersResourceWithStreamingResponse,
    )
    from .resources.electricity_rates import (
        AsyncElectricityRatesResource,
        AsyncElectricityRatesResourceWithRawResponse,
        AsyncElectricityRatesResourceWithStreamingResponse,
        ElectricityRatesResource,
        ElectricityRatesResourceWithRawResponse,
        ElectricityRatesResourceWithStreamingResponse,
    )
    from .resources.evse_downtime_periods import (
        AsyncEvseDowntimePeriodsResource,
        AsyncEvseDowntimePeriodsResourceWithRawResponse,
        AsyncEvseDowntimePeriodsResourceWithStreamingResponse,
        EvseDowntimePeriodsResource,
        EvseDowntimePeriodsResourceWithRawResponse,
        EvseDowntimePeriodsResourceWithStreamingResponse,
    )
    from .resources.evses import (
        AsyncEvsesResource,
        AsyncEvsesResourceWithRawResponse,
        AsyncEvsesResourceWithStreamingResponse,
        EvsesResource,
        EvsesResourceWithRawResponse,
        EvsesResourceWithStreamingResponse,
    )
    from .resources.faqs import (
        AsyncFaqsResource,
        AsyncFaqsResourceWithRawResponse,
        AsyncFaqsResourceWithStreamingResponse,
        FaqsResource,
        FaqsResourceWithRawResponse,
        FaqsResourceWithStreamingResponse,
    )
    from .resources.firmware_versions import (
        AsyncFirmwareVersionsResource,
        AsyncFirmwareVersionsResourceWithRawResponse,
        AsyncFirmwareVersionsResourceWithStreamingResponse,
        FirmwareVersionsResource,
        FirmwareVersionsResourceWithRawResponse,
        FirmwareVersionsResourceWithStreamingResponse,
    )
    from .resources.flexibility_activation_requests import (
        AsyncFlexibilityActivationRequestsResource,
        AsyncFlexibilityActivationRequestsResourceWithRawResponse,
        AsyncFlexibilityActivationRequestsResourceWithStreamingResponse,
        FlexibilityActivationRequestsResource,
        FlexibilityActivationRequestsResourceWithRawResponse,
        FlexibilityActivationRequestsResourceWithStreamingResponse,
    )
    from .resources.flexibility_assets import (
        AsyncFlexibilityAssetsResource,
        AsyncFlexibilityAssetsResourceWithRawResponse,
        AsyncFlexibilityAssetsResourceWithStreamingResponse,
        FlexibilityAssetsResource,
        FlexibilityAssetsResourceWithRawResponse,
        FlexibilityAssetsResourceWithStreamingResponse,
    )
    from .resources.id_tags import (
        AsyncIdTagsResource,
        AsyncIdTagsResourceWithRawResponse,
        AsyncIdTagsResourceWithStreamingResponse,
        IdTagsResource,
        IdTagsResourceWithRawResponse,
        IdTagsResourceWithStreamingResponse,
    )
    from .resources.installer_jobs import (
        AsyncInstallerJobsResource,
        AsyncInstallerJobsResourceWithRawResponse,
        AsyncInstallerJobsResourceWithStreamingResponse,
        InstallerJobsResource,
        InstallerJobsResourceWithRawResponse,
        InstallerJobsResourceWithStreamingResponse,
    )
    from .resources.invoices import (
        AsyncInvoicesResource,
        AsyncInvoicesResourceWithRawResponse,
        AsyncInvoicesResourceWithStreamingResponse,
        InvoicesResource,
        InvoicesResourceWithRawResponse,
        InvoicesResourceWithStreamingResponse,
    )
    from .resources.locations import (
        AsyncLocationsResource,
        AsyncLocationsResourceWithRawResponse,
        AsyncLocationsResourceWithStreamingResponse,
        LocationsResource,
        LocationsResourceWithRawResponse,
        LocationsResourceWithStreamingResponse,
    )
    from .resources.notifications import (
        AsyncNotificationsResource,
        AsyncNotificationsResourceWithRawResponse,
        AsyncNotificationsResourceWithStreamingResponse,
        NotificationsResource,
        NotificationsResourceWithRawResponse,
        NotificationsResourceWithStreamingResponse,
    )
    from .resources.parking_spaces import (
        AsyncParkingSpacesResource,
        AsyncParkingSpacesResourceWithRawResponse,
        AsyncParkingSpacesResourceWithStreamingResponse,
        ParkingSpacesResource,
        ParkingSpacesResourceWithRawResponse,
        ParkingSpacesResourceWithStreamingResponse,
    )
    from .resources.partner_contracts import (
        AsyncPartnerContractsResource,
        AsyncPartnerContractsResourceWithRawResponse,
        AsyncPartnerContractsResourceWithStreamingResponse,
        PartnerContractsResource,
        PartnerContractsResourceWithRawResponse,
        PartnerContractsResourceWithStreamingResponse,
    )
    from .resources.partner_invites import (
        AsyncPartnerInvitesResource,
        AsyncPartnerInvitesResourceWithRawResponse,
        AsyncPartnerInvitesResourceWithStreamingResponse,
        PartnerInvitesResource,
        PartnerInvitesResourceWithRawResponse,
        PartnerInvitesResourceWithStreamingResponse,
    )
    from .resources.partner_settlement_reports import (
        AsyncPartnerSettlementReportsResource,
        AsyncPartnerSettlementReportsResourceWithRawResponse,
        AsyncPartnerSettlementReportsResourceWithStreamingResponse,
        PartnerSettlementReportsResource,
        PartnerSettlementReportsResourceWithRawResponse,
        PartnerSettlementReportsResourceWithStreamingResponse,
    )
    from .resources.partners import (
        AsyncPartnersResource,
        AsyncPartnersResourceWithRawResponse,
        AsyncPartnersResourceWithStreamingResponse,
        PartnersResource,
        PartnersResourceWithRawResponse,
        PartnersResourceWithStreamingResponse,
    )
    from .resources.payment_terminals import (
        AsyncPaymentTerminalsResource,
        AsyncPaymentTerminalsResourceWithRawResponse,
        AsyncPaymentTerminalsResourceWithStreamingResponse,
        PaymentTerminalsResource,
        PaymentTerminalsResourceWithRawResponse,
        PaymentTerminalsResourceWithStreamingResponse,
    )
    from .resources.provisioning_certificates import (
        AsyncProvisioningCertificatesResource,
        AsyncProvisioningCertificatesResourceWithRawResponse,
        AsyncProvisioningCertificatesResourceWithStreamingResponse,
        ProvisioningCertificatesResource,
        ProvisioningCertificatesResourceWithRawResponse,
        ProvisioningCertificatesResourceWithStreamingResponse,
    )
    from .resources.receipts import (
        AsyncReceiptsResource,
        AsyncReceiptsResourceWithRawResponse,
        AsyncReceiptsResourceWithStreamingResponse,
        ReceiptsResource,
        ReceiptsResourceWithRawResponse,
        ReceiptsResourceWithStreamingResponse,
    )
    from .resources.reservations import (
        AsyncReservationsResource,
        AsyncReservationsResourceWithRawResponse,
        AsyncReservationsResourceWithStreamingResponse,
        ReservationsResource,
        ReservationsResourceWithRawResponse,
        ReservationsResourceWithStreamingResponse,
    )
    from .resources.revenues_expenses import (
        AsyncRevenuesExpensesResource,
        AsyncRevenuesExpensesResourceWithRawResponse,
        AsyncRevenuesExpensesResourceWithStreamingResponse,
        RevenuesExpensesResource,
        RevenuesExpensesResourceWithRawResponse,
        RevenuesExpensesResourceWithStreamingResponse,
    )
    from .resources.rfids import (
        AsyncRfidsResource,
        AsyncRfidsResourceWithRawResponse,
        AsyncRfidsResourceWithStreamingResponse,
        RfidsResource,
        RfidsResourceWithRawResponse,
        RfidsResourceWithStreamingResponse,
    )
    from .resources.roaming_connections import (
        AsyncRoamingConnectionsResource,
        AsyncRoamingConnectionsResourceWithRawResponse,
        AsyncRoamingConnectionsResourceWithStreamingResponse,
        RoamingConnectionsResource,
        RoamingConnectionsResourceWithRawResponse,
        RoamingConnectionsResourceWithStreamingResponse,
    )
    from .resources.roaming_operators import (
        AsyncRoamingOperatorsResource,
        AsyncRoamingOperatorsResourceWithRawResponse,
        AsyncRoamingOperatorsResourceWithStreamingResponse,
        RoamingOperatorsResource,
        RoamingOperatorsResourceWithRawResponse,
        RoamingOperatorsResourceWithStreamingResponse,
    )
    from .resources.roaming_platforms import (
        AsyncRoamingPlatformsResource,
        AsyncRoamingPlatformsResourceWithRawResponse,
        AsyncRoamingPlatformsResourceWithStreamingResponse,
        RoamingPlatformsResource,
        RoamingPlatformsResourceWithRawResponse,
        RoamingPlatformsResourceWithStreamingResponse,
    )
    from .resources.roaming_providers import (
        AsyncRoamingProvidersResource,
        AsyncRoamingProvidersResourceWithRawResponse,
        AsyncRoamingProvidersResourceWithStreamingResponse,
        RoamingProvidersResource,
        RoamingProvidersResourceWithRawResponse,
        RoamingProvidersResourceWithStreamingResponse,
    )
    from .resources.roaming_tariffs import (
        AsyncRoamingTariffsResource,
        AsyncRoamingTariffsResourceWithRawResponse,
        AsyncRoamingTariffsResourceWithStreamingResponse,
        RoamingTariffsResource,
        RoamingTariffsResourceWithRawResponse,
        RoamingTariffsResourceWithStreamingResponse,
    )
    from .resources.security_event_logs import (
        AsyncSecurityEventLogsResource,
        AsyncSecurityEventLogsResourceWithRawResponse,
        AsyncSecurityEventLogsResourceWithStreamingResponse,
        SecurityEventLogsResource,
        SecurityEventLogsResourceWithRawResponse,
        SecurityEventLogsResourceWithStreamingResponse,
    )
    from .resources.security_events import (
        AsyncSecurityEventsResource,
        AsyncSecurityEventsResourceWithRawResponse,
        AsyncSecurityEventsResourceWithStreamingResponse,
        SecurityEventsResource,
        SecurityEventsResourceWithRawResponse,
        SecurityEventsResourceWithStreamingResponse,
    )
    from .resources.sessions import (
        AsyncSessionsResource,
        AsyncSessionsResourceWithRawResponse,
        AsyncSessionsResourceWithStreamingResponse,
        SessionsResource,
        SessionsResourceWithRawResponse,
        SessionsResourceWithStreamingResponse,
    )
    from .resources.settings import (
        AsyncSettingsResource,
        AsyncSettingsResourceWithRawResponse,
        AsyncSettingsResourceWithStreamingResponse,
        SettingsResource,
        SettingsResourceWithRawResponse,
        SettingsResourceWithStreamingResponse,
    )
    from .resources.sub_operators import (
        AsyncSubOperatorsResource,
        AsyncSubOperatorsResourceWithRawResponse,
        AsyncSubOperatorsResourceWithStreamingResponse,
        SubOperatorsResource,
        SubOperatorsResourceWithRawResponse,
        SubOperatorsResourceWithStreamingResponse,
    )
    from .resources.subscription_plans import (
        AsyncSubscriptionPlansResource,
        AsyncSubscriptionPlansResourceWithRawResponse,
        AsyncSubscriptionPlansResourceWithStreamingResponse,
        SubscriptionPlansResource,
        SubscriptionPlansResourceWithRawResponse,
        SubscriptionPlansResourceWithStreamingResponse,
    )
    from .resources.subscriptions import (
        AsyncSubscriptionsResource,
        AsyncSubscriptionsResourceWithRawResponse,
        AsyncSubscriptionsResourceWithStreamingResponse,
        SubscriptionsResource,
        SubscriptionsResourceWithRawResponse,
        SubscriptionsResourceWithStreamingResponse,
    )
    from .resources.tariffs import (
        AsyncTariffsResource,
        AsyncTariffsResourceWithRawResponse,
        AsyncTariffsResourceWithStreamingResponse,
        TariffsResource,
        TariffsResourceWithRawResponse,
        TariffsResourceWithStreamingResponse,
    )
    from .resources.tax_identification_numbers import (
        AsyncTaxIdentificationNumbersResource,
        AsyncTaxIdentificationNumbersResourceWithRawResponse,
        AsyncTaxIdentificationNumbersResourceWithStreamingResponse,
        TaxIdentificationNumbersResource,
        TaxIdentificationNumbersResourceWithRawResponse,
        TaxIdentificationNumbersResourceWithStreamingResponse,
    )
    from .resources.taxes import (
        AsyncTaxesResource,
        AsyncTaxesResourceWithRawResponse,
        AsyncTaxesResourceWithStreamingResponse,
        TaxesResource,
        TaxesResourceWithRawResponse,
        TaxesResourceWithStreamingResponse,
    )
    from .resources.templates import (
        AsyncTemplatesResource,
        AsyncTemplatesResourceWithRawResponse,
        AsyncTemplatesResourceWithStreamingResponse,
        TemplatesResource,
        TemplatesResourceWithRawResponse,
        TemplatesResourceWithStreamingResponse,
    )
    from .resources.terms_and_policies import (
        AsyncTermsAndPoliciesResource,
        AsyncTermsAndPoliciesResourceWithRawResponse,
        AsyncTermsAndPoliciesResourceWithStreamingResponse,
        TermsAndPoliciesResource,
        TermsAndPoliciesResourceWithRawResponse,
        TermsAndPoliciesResourceWithStreamingResponse,
    )
    from .resources.top_up_packages import (
        AsyncTopUpPackagesResource,
        AsyncTopUpPackagesResourceWithRawResponse,
        AsyncTopUpPackagesResourceWithStreamingResponse,
        TopUpPackagesResource,
        TopUpPackagesResourceWithRawResponse,
        TopUpPackagesResourceWithStreamingResponse,
    )
    from .resources.transactions import (
        AsyncTransactionsResource,
        AsyncTransactionsResourceWithRawResponse,
        AsyncTransactionsResourceWithStreamingResponse,
        TransactionsResource,
        TransactionsResourceWithRawResponse,
        TransactionsResourceWithStreamingResponse,
    )
    from .resources.user_groups import (
        AsyncUserGroupsResource,
        AsyncUserGroupsResourceWithRawResponse,
        AsyncUserGroupsResourceWithStreamingResponse,
        UserGroupsResource,
        UserGroupsResourceWithRawResponse,
        UserGroupsResourceWithStreamingResponse,
    )
    from .resources.users import (
        AsyncUsersResource,
        AsyncUsersResourceWithRawResponse,
        AsyncUsersResourceWithStreamingResponse,
        UsersResource,
        UsersResourceWithRawResponse,
        UsersResourceWithStreamingResponse,
    )
    from .resources.utilities import (
        AsyncUtilitiesResource,
        AsyncUtilitiesResourceWithRawResponse,
        AsyncUtilitiesResourceWithStreamingResponse,
        UtilitiesResource,
        UtilitiesResourceWithRawResponse,
        UtilitiesResourceWithStreamingResponse,
    )
    from .resources.vendor_error_codes import (
        AsyncVendorErrorCodesResource,
        AsyncVendorErrorCodesResourceWithRawResponse,
        AsyncVendorErrorCodesResourceWithStreamingResponse,
        VendorErrorCodesResource,
        VendorErrorCodesResourceWithRawResponse,
        VendorErrorCodesResourceWithStreamingResponse,
    )
    from .resources.vouchers import (
        AsyncVouchersResource,
        AsyncVouchersResourceWithRawResponse,
        AsyncVouchersResourceWithStreamingResponse,
        VouchersResource,
        VouchersResourceWithRawResponse,
        VouchersResourceWithStreamingResponse,
    )

__all__ = ["Ampeco", "AsyncAmpeco"]


class Ampeco(SyncClient):
    """Synchronous client of the AMPECO.CHARGE Public API 3.110.0.

    ``base_url`` and ``api_token`` fall back to the ``AMPECO_BASE_URL`` and
    ``AMPECO_API_TOKEN`` environment variables.
    """

    _sdk_name = "ampeco"
    _sdk_version = __version__
    _api_version = __api_version__
    _api_name = "AMPECO.CHARGE Public API"
    _base_url_env = "AMPECO_BASE_URL"
    _log_env = "AMPECO_LOG"
    _api_token_env = "AMPECO_API_TOKEN"

    @cached_property
    def authorizations(self) -> AuthorizationsResource:
        """Operations of resource / authorizations."""
        from .resources.authorizations import AuthorizationsResource

        return AuthorizationsResource(self)

    @cached_property
    def booking_requests(self) -> BookingRequestsResource:
        """Operations of resource / booking requests."""
        from .resources.booking_requests import BookingRequestsResource

        return BookingRequestsResource(self)

    @cached_property
    def bookings(self) -> BookingsResource:
        """Operations of resource / bookings."""
        from .resources.bookings import BookingsResource

        return BookingsResource(self)

    @cached_property
    def cdrs(self) -> CdrsResource:
        """Operations of resource / cdrs."""
        from .resources.cdrs import CdrsResource

        return CdrsResource(self)

    @cached_property
    def certificates(self) -> CertificatesResource:
        """Operations of action / certificate."""
        from .resources.certificates import CertificatesResource

        return CertificatesResource(self)

    @cached_property
    def charge_point_downtime_periods(self) -> ChargePointDowntimePeriodsResource:
        """Operations of resource / charge point downtime periods."""
        from .resources.charge_point_downtime_periods import (
            ChargePointDowntimePeriodsResource,
        )

        return ChargePointDowntimePeriodsResource(self)

    @cached_property
    def charge_point_models(self) -> ChargePointModelsResource:
        """Operations of resource / charge point models."""
        from .resources.charge_point_models import ChargePointModelsResource

        return ChargePointModelsResource(self)

    @cached_property
    def charge_point_vendors(self) -> ChargePointVendorsResource:
        """Operations of resource / charge point vendors."""
        from .resources.charge_point_vendors import ChargePointVendorsResource

        return ChargePointVendorsResource(self)

    @cached_property
    def charge_points(self) -> ChargePointsResource:
        """Operations of resource / charge points."""
        from .resources.charge_points import ChargePointsResource

        return ChargePointsResource(self)

    @cached_property
    def circuits(self) -> CircuitsResource:
        """Operations of resource / circuits."""
        from .resources.circuits import CircuitsResource

        return CircuitsResource(self)

    @cached_property
    def configuration_templates(self) -> ConfigurationTemplatesResource:
        """Operations of resource / configuration templates."""
        from .resources.configuration_templates import ConfigurationTemplatesResource

        return ConfigurationTemplatesResource(self)

    @cached_property
    def consents(self) -> ConsentsResource:
        """Operations of resource / consents."""
        from .resources.consents import ConsentsResource

        return ConsentsResource(self)

    @cached_property
    def contact_details(self) -> ContactDetailsResource:
        """Operations of resource / contact details."""
        from .resources.contact_details import ContactDetailsResource

        return ContactDetailsResource(self)

    @cached_property
    def currencies(self) -> CurrenciesResource:
        """Operations of resource / currencies."""
        from .resources.currencies import CurrenciesResource

        return CurrenciesResource(self)

    @cached_property
    def currency_rates(self) -> CurrencyRatesResource:
        """Operations of resource / currency rates."""
        from .resources.currency_rates import CurrencyRatesResource

        return CurrencyRatesResource(self)

    @cached_property
    def custom_fees(self) -> CustomFeesResource:
        """Operations of resource / custom fees."""
        from .resources.custom_fees import CustomFeesResource

        return CustomFeesResource(self)

    @cached_property
    def downtime_period_notices(self) -> DowntimePeriodNoticesResource:
        """Operations of resource / downtime period notices."""
        from .resources.downtime_period_notices import DowntimePeriodNoticesResource

        return DowntimePeriodNoticesResource(self)

    @cached_property
    def electricity_meters(self) -> ElectricityMetersResource:
        """Operations of resource / electricity meters."""
        from .resources.electricity_meters import ElectricityMetersResource

        return ElectricityMetersResource(self)

    @cached_property
    def electricity_rates(self) -> ElectricityRatesResource:
        """Operations of resource / electricity rates."""
        from .resources.electricity_rates import ElectricityRatesResource

        return ElectricityRatesResource(self)

    @cached_property
    def evse_downtime_periods(self) -> EvseDowntimePeriodsResource:
        """Operations of resource / evse downtime periods."""
        from .resources.evse_downtime_periods import EvseDowntimePeriodsResource

        return EvseDowntimePeriodsResource(self)

    @cached_property
    def evses(self) -> EvsesResource:
        """Operations of resource / evses."""
        from .resources.evses import EvsesResource

        return EvsesResource(self)

    @cached_property
    def faqs(self) -> FaqsResource:
        """Operations of resource / faqs."""
        from .resources.faqs import FaqsResource

        return FaqsResource(self)

    @cached_property
    def firmware_versions(self) -> FirmwareVersionsResource:
        """Operations of resource / firmware versions."""
        from .resources.firmware_versions import FirmwareVersionsResource

        return FirmwareVersionsResource(self)

    @cached_property
    def flexibility_activation_requests(self) -> FlexibilityActivationRequestsResource:
        """Operations of resource / flexibility activation requests."""
        from .resources.flexibility_activation_requests import (
            FlexibilityActivationRequestsResource,
        )

        return FlexibilityActivationRequestsResource(self)

    @cached_property
    def flexibility_assets(self) -> FlexibilityAssetsResource:
        """Operations of resource / flexibility assets."""
        from .resources.flexibility_assets import FlexibilityAssetsResource

        return FlexibilityAssetsResource(self)

    @cached_property
    def id_tags(self) -> IdTagsResource:
        """Operations of resource / id tags."""
        from .resources.id_tags import IdTagsResource

        return IdTagsResource(self)

    @cached_property
    def installer_jobs(self) -> InstallerJobsResource:
        """Operations of resource / installer jobs."""
        from .resources.installer_jobs import InstallerJobsResource

        return InstallerJobsResource(self)

    @cached_property
    def invoices(self) -> InvoicesResource:
        """Operations of resource / invoices."""
        from .resources.invoices import InvoicesResource

        return InvoicesResource(self)

    @cached_property
    def locations(self) -> LocationsResource:
        """Operations of resource / locations."""
        from .resources.locations import LocationsResource

        return LocationsResource(self)

    @cached_property
    def notifications(self) -> NotificationsResource:
        """Operations of notifications."""
        from .resources.notifications import NotificationsResource

        return NotificationsResource(self)

    @cached_property
    def parking_spaces(self) -> ParkingSpacesResource:
        """Operations of resource / parking spaces."""
        from .resources.parking_spaces import ParkingSpacesResource

        return ParkingSpacesResource(self)

    @cached_property
    def partner_contracts(self) -> PartnerContractsResource:
        """Operations of resource / partner contracts."""
        from .resources.partner_contracts import PartnerContractsResource

        return PartnerContractsResource(self)

    @cached_property
    def partner_invites(self) -> PartnerInvitesResource:
        """Operations of resource / partner invites."""
        from .resources.partner_invites import PartnerInvitesResource

        return PartnerInvitesResource(self)

    @cached_property
    def partner_settlement_reports(self) -> PartnerSettlementReportsResource:
        """Operations of resource / partner settlement reports."""
        from .resources.partner_settlement_reports import (
            PartnerSettlementReportsResource,
        )

        return PartnerSettlementReportsResource(self)

    @cached_property
    def partners(self) -> PartnersResource:
        """Operations of resource / partners."""
        from .resources.partners import PartnersResource

        return PartnersResource(self)

    @cached_property
    def payment_terminals(self) -> PaymentTerminalsResource:
        """Operations of resource / payment terminals."""
        from .resources.payment_terminals import PaymentTerminalsResource

        return PaymentTerminalsResource(self)

    @cached_property
    def provisioning_certificates(self) -> ProvisioningCertificatesResource:
        """Operations of resource / provisioning certificate."""
        from .resources.provisioning_certificates import (
            ProvisioningCertificatesResource,
        )

        return ProvisioningCertificatesResource(self)

    @cached_property
    def receipts(self) -> ReceiptsResource:
        """Operations of resource / receipts."""
        from .resources.receipts import ReceiptsResource

        return ReceiptsResource(self)

    @cached_property
    def reservations(self) -> ReservationsResource:
        """Operations of resource / reservations."""
        from .resources.reservations import ReservationsResource

        return ReservationsResource(self)

    @cached_property
    def revenues_expenses(self) -> RevenuesExpensesResource:
        """Operations of resource / revenues & expenses."""
        from .resources.revenues_expenses import RevenuesExpensesResource

        return RevenuesExpensesResource(self)

    @cached_property
    def rfids(self) -> RfidsResource:
        """Operations of resource / rfids."""
        from .resources.rfids import RfidsResource

        return RfidsResource(self)

    @cached_property
    def roaming_connections(self) -> RoamingConnectionsResource:
        """Operations of resource / roaming connections."""
        from .resources.roaming_connections import RoamingConnectionsResource

        return RoamingConnectionsResource(self)

    @cached_property
    def roaming_operators(self) -> RoamingOperatorsResource:
        """Operations of resource / roaming operators."""
        from .resources.roaming_operators import RoamingOperatorsResource

        return RoamingOperatorsResource(self)

    @cached_property
    def roaming_platforms(self) -> RoamingPlatformsResource:
        """Operations of resource / roaming platforms."""
        from .resources.roaming_platforms import RoamingPlatformsResource

        return RoamingPlatformsResource(self)

    @cached_property
    def roaming_providers(self) -> RoamingProvidersResource:
        """Operations of resource / roaming providers."""
        from .resources.roaming_providers import RoamingProvidersResource

        return RoamingProvidersResource(self)

    @cached_property
    def roaming_tariffs(self) -> RoamingTariffsResource:
        """Operations of resource / roaming tariffs."""
        from .resources.roaming_tariffs import RoamingTariffsResource

        return RoamingTariffsResource(self)

    @cached_property
    def security_event_logs(self) -> SecurityEventLogsResource:
        """Operations of resource / security event logs."""
        from .resources.security_event_logs import SecurityEventLogsResource

        return SecurityEventLogsResource(self)

    @cached_property
    def security_events(self) -> SecurityEventsResource:
        """Operations of resource / security events."""
        from .resources.security_events import SecurityEventsResource

        return SecurityEventsResource(self)

    @cached_property
    def sessions(self) -> SessionsResource:
        """Operations of resource / sessions."""
        from .resources.sessions import SessionsResource

        return SessionsResource(self)

    @cached_property
    def settings(self) -> SettingsResource:
        """Operations of resource / settings."""
        from .resources.settings import SettingsResource

        return SettingsResource(self)

    @cached_property
    def sub_operators(self) -> SubOperatorsResource:
        """Operations of resource / sub operators."""
        from .resources.sub_operators import SubOperatorsResource

        return SubOperatorsResource(self)

    @cached_property
    def subscription_plans(self) -> SubscriptionPlansResource:
        """Operations of resource / subscription-plans."""
        from .resources.subscription_plans import SubscriptionPlansResource

        return SubscriptionPlansResource(self)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        """Operations of resource / subscriptions."""
        from .resources.subscriptions import SubscriptionsResource

        return SubscriptionsResource(self)

    @cached_property
    def tariffs(self) -> TariffsResource:
        """Operations of resource / tariffs."""
        from .resources.tariffs import TariffsResource

        return TariffsResource(self)

    @cached_property
    def tax_identification_numbers(self) -> TaxIdentificationNumbersResource:
        """Operations of resource / tax identification numbers."""
        from .resources.tax_identification_numbers import (
            TaxIdentificationNumbersResource,
        )

        return TaxIdentificationNumbersResource(self)

    @cached_property
    def taxes(self) -> TaxesResource:
        """Operations of resource / taxes."""
        from .resources.taxes import TaxesResource

        return TaxesResource(self)

    @cached_property
    def templates(self) -> TemplatesResource:
        """Operations of resource / templates."""
        from .resources.templates import TemplatesResource

        return TemplatesResource(self)

    @cached_property
    def terms_and_policies(self) -> TermsAndPoliciesResource:
        """Operations of resource / terms and policies."""
        from .resources.terms_and_policies import TermsAndPoliciesResource

        return TermsAndPoliciesResource(self)

    @cached_property
    def top_up_packages(self) -> TopUpPackagesResource:
        """Operations of resource / top-up packages."""
        from .resources.top_up_packages import TopUpPackagesResource

        return TopUpPackagesResource(self)

    @cached_property
    def transactions(self) -> TransactionsResource:
        """Operations of resource / transactions."""
        from .resources.transactions import TransactionsResource

        return TransactionsResource(self)

    @cached_property
    def user_groups(self) -> UserGroupsResource:
        """Operations of resource / user-groups."""
        from .resources.user_groups import UserGroupsResource

        return UserGroupsResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """Operations of resource / users."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def utilities(self) -> UtilitiesResource:
        """Operations of resource / utilities."""
        from .resources.utilities import UtilitiesResource

        return UtilitiesResource(self)

    @cached_property
    def vendor_error_codes(self) -> VendorErrorCodesResource:
        """Operations of resource / vendor error codes."""
        from .resources.vendor_error_codes import VendorErrorCodesResource

        return VendorErrorCodesResource(self)

    @cached_property
    def vouchers(self) -> VouchersResource:
        """Operations of resource / vouchers."""
        from .resources.vouchers import VouchersResource

        return VouchersResource(self)

    @property
    def with_raw_response(self) -> AmpecoWithRawResponse:
        """The same resources, but each call returns an ``APIResponse`` (status,
        headers, the body, and ``parse()`` for the value the call would return)."""
        return AmpecoWithRawResponse(self._copy(raw=True))

    @property
    def with_streaming_response(self) -> AmpecoWithStreamingResponse:
        """The same resources, but each call returns a manager: ``with`` it to get a
        ``StreamedAPIResponse`` whose body is read only as you consume it."""
        return AmpecoWithStreamingResponse(self._copy(streaming=True))


class AsyncAmpeco(AsyncClient):
    """Asynchronous client of the AMPECO.CHARGE Public API 3.110.0.

    ``base_url`` and ``api_token`` fall back to the ``AMPECO_BASE_URL`` and
    ``AMPECO_API_TOKEN`` environment variables.
    """

    _sdk_name = "ampeco"
    _sdk_version = __version__
    _api_version = __api_version__
    _api_name = "AMPECO.CHARGE Public API"
    _base_url_env = "AMPECO_BASE_URL"
    _log_env = "AMPECO_LOG"
    _api_token_env = "AMPECO_API_TOKEN"

    @cached_property
    def authorizations(self) -> AsyncAuthorizationsResource:
        """Operations of resource / authorizations."""
        from .resources.authorizations import AsyncAuthorizationsResource

        return AsyncAuthorizationsResource(self)

    @cached_property
    def booking_requests(self) -> AsyncBookingRequestsResource:
        """Operations of resource / booking requests."""
        from .resources.booking_requests import AsyncBookingRequestsResource

        return AsyncBookingRequestsResource(self)

    @cached_property
    def bookings(self) -> AsyncBookingsResource:
        """Operations of resource / bookings."""
        from .resources.bookings import AsyncBookingsResource

        return AsyncBookingsResource(self)

    @cached_property
    def cdrs(self) -> AsyncCdrsResource:
        """Operations of resource / cdrs."""
        from .resources.cdrs import AsyncCdrsResource

        return AsyncCdrsResource(self)

    @cached_property
    def certificates(self) -> AsyncCertificatesResource:
        """Operations of action / certificate."""
        from .resources.certificates import AsyncCertificatesResource

        return AsyncCertificatesResource(self)

    @cached_property
    def charge_point_downtime_periods(self) -> AsyncChargePointDowntimePeriodsResource:
        """Operations of resource / charge point downtime periods."""
        from .resources.charge_point_downtime_periods import (
            AsyncChargePointDowntimePeriodsResource,
        )

        return AsyncChargePointDowntimePeriodsResource(self)

    @cached_property
    def charge_point_models(self) -> AsyncChargePointModelsResource:
        """Operations of resource / charge point models."""
        from .resources.charge_point_models import AsyncChargePointModelsResource

        return AsyncChargePointModelsResource(self)

    @cached_property
    def charge_point_vendors(self) -> AsyncChargePointVendorsResource:
        """Operations of resource / charge point vendors."""
        from .resources.charge_point_vendors import AsyncChargePointVendorsResource

        return AsyncChargePointVendorsResource(self)

    @cached_property
    def charge_points(self) -> AsyncChargePointsResource:
        """Operations of resource / charge points."""
        from .resources.charge_points import AsyncChargePointsResource

        return AsyncChargePointsResource(self)

    @cached_property
    def circuits(self) -> AsyncCircuitsResource:
        """Operations of resource / circuits."""
        from .resources.circuits import AsyncCircuitsResource

        return AsyncCircuitsResource(self)

    @cached_property
    def configuration_templates(self) -> AsyncConfigurationTemplatesResource:
        """Operations of resource / configuration templates."""
        from .resources.configuration_templates import (
            AsyncConfigurationTemplatesResource,
        )

        return AsyncConfigurationTemplatesResource(self)

    @cached_property
    def consents(self) -> AsyncConsentsResource:
        """Operations of resource / consents."""
        from .resources.consents import AsyncConsentsResource

        return AsyncConsentsResource(self)

    @cached_property
    def contact_details(self) -> AsyncContactDetailsResource:
        """Operations of resource / contact details."""
        from .resources.contact_details import AsyncContactDetailsResource

        return AsyncContactDetailsResource(self)

    @cached_property
    def currencies(self) -> AsyncCurrenciesResource:
        """Operations of resource / currencies."""
        from .resources.currencies import AsyncCurrenciesResource

        return AsyncCurrenciesResource(self)

    @cached_property
    def currency_rates(self) -> AsyncCurrencyRatesResource:
        """Operations of resource / currency rates."""
        from .resources.currency_rates import AsyncCurrencyRatesResource

        return AsyncCurrencyRatesResource(self)

    @cached_property
    def custom_fees(self) -> AsyncCustomFeesResource:
        """Operations of resource / custom fees."""
        from .resources.custom_fees import AsyncCustomFeesResource

        return AsyncCustomFeesResource(self)

    @cached_property
    def downtime_period_notices(self) -> AsyncDowntimePeriodNoticesResource:
        """Operations of resource / downtime period notices."""
        from .resources.downtime_period_notices import (
            AsyncDowntimePeriodNoticesResource,
        )

        return AsyncDowntimePeriodNoticesResource(self)

    @cached_property
    def electricity_meters(self) -> AsyncElectricityMetersResource:
        """Operations of resource / electricity meters."""
        from .resources.electricity_meters import AsyncElectricityMetersResource

        return AsyncElectricityMetersResource(self)

    @cached_property
    def electricity_rates(self) -> AsyncElectricityRatesResource:
        """Operations of resource / electricity rates."""
        from .resources.electricity_rates import AsyncElectricityRatesResource

        return AsyncElectricityRatesResource(self)

    @cached_property
    def evse_downtime_periods(self) -> AsyncEvseDowntimePeriodsResource:
        """Operations of resource / evse downtime periods."""
        from .resources.evse_downtime_periods import AsyncEvseDowntimePeriodsResource

        return AsyncEvseDowntimePeriodsResource(self)

    @cached_property
    def evses(self) -> AsyncEvsesResource:
        """Operations of resource / evses."""
        from .resources.evses import AsyncEvsesResource

        return AsyncEvsesResource(self)

    @cached_property
    def faqs(self) -> AsyncFaqsResource:
        """Operations of resource / faqs."""
        from .resources.faqs import AsyncFaqsResource

        return AsyncFaqsResource(self)

    @cached_property
    def firmware_versions(self) -> AsyncFirmwareVersionsResource:
        """Operations of resource / firmware versions."""
        from .resources.firmware_versions import AsyncFirmwareVersionsResource

        return AsyncFirmwareVersionsResource(self)

    @cached_property
    def flexibility_activation_requests(
        self,
    ) -> AsyncFlexibilityActivationRequestsResource:
        """Operations of resource / flexibility activation requests."""
        from .resources.flexibility_activation_requests import (
            AsyncFlexibilityActivationRequestsResource,
        )

        return AsyncFlexibilityActivationRequestsResource(self)

    @cached_property
    def flexibility_assets(self) -> AsyncFlexibilityAssetsResource:
        """Operations of resource / flexibility assets."""
        from .resources.flexibility_assets import AsyncFlexibilityAssetsResource

        return AsyncFlexibilityAssetsResource(self)

    @cached_property
    def id_tags(self) -> AsyncIdTagsResource:
        """Operations of resource / id tags."""
        from .resources.id_tags import AsyncIdTagsResource

        return AsyncIdTagsResource(self)

    @cached_property
    def installer_jobs(self) -> AsyncInstallerJobsResource:
        """Operations of resource / installer jobs."""
        from .resources.installer_jobs import AsyncInstallerJobsResource

        return AsyncInstallerJobsResource(self)

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        """Operations of resource / invoices."""
        from .resources.invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self)

    @cached_property
    def locations(self) -> AsyncLocationsResource:
        """Operations of resource / locations."""
        from .resources.locations import AsyncLocationsResource

        return AsyncLocationsResource(self)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        """Operations of notifications."""
        from .resources.notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self)

    @cached_property
    def parking_spaces(self) -> AsyncParkingSpacesResource:
        """Operations of resource / parking spaces."""
        from .resources.parking_spaces import AsyncParkingSpacesResource

        return AsyncParkingSpacesResource(self)

    @cached_property
    def partner_contracts(self) -> AsyncPartnerContractsResource:
        """Operations of resource / partner contracts."""
        from .resources.partner_contracts import AsyncPartnerContractsResource

        return AsyncPartnerContractsResource(self)

    @cached_property
    def partner_invites(self) -> AsyncPartnerInvitesResource:
        """Operations of resource / partner invites."""
        from .resources.partner_invites import AsyncPartnerInvitesResource

        return AsyncPartnerInvitesResource(self)

    @cached_property
    def partner_settlement_reports(self) -> AsyncPartnerSettlementReportsResource:
        """Operations of resource / partner settlement reports."""
        from .resources.partner_settlement_reports import (
            AsyncPartnerSettlementReportsResource,
        )

        return AsyncPartnerSettlementReportsResource(self)

    @cached_property
    def partners(self) -> AsyncPartnersResource:
        """Operations of resource / partners."""
        from .resources.partners import AsyncPartnersResource

        return AsyncPartnersResource(self)

    @cached_property
    def payment_terminals(self) -> AsyncPaymentTerminalsResource:
        """Operations of resource / payment terminals."""
        from .resources.payment_terminals import AsyncPaymentTerminalsResource

        return AsyncPaymentTerminalsResource(self)

    @cached_property
    def provisioning_certificates(self) -> AsyncProvisioningCertificatesResource:
        """Operations of resource / provisioning certificate."""
        from .resources.provisioning_certificates import (
            AsyncProvisioningCertificatesResource,
        )

        return AsyncProvisioningCertificatesResource(self)

    @cached_property
    def receipts(self) -> AsyncReceiptsResource:
        """Operations of resource / receipts."""
        from .resources.receipts import AsyncReceiptsResource

        return AsyncReceiptsResource(self)

    @cached_property
    def reservations(self) -> AsyncReservationsResource:
        """Operations of resource / reservations."""
        from .resources.reservations import AsyncReservationsResource

        return AsyncReservationsResource(self)

    @cached_property
    def revenues_expenses(self) -> AsyncRevenuesExpensesResource:
        """Operations of resource / revenues & expenses."""
        from .resources.revenues_expenses import AsyncRevenuesExpensesResource

        return AsyncRevenuesExpensesResource(self)

    @cached_property
    def rfids(self) -> AsyncRfidsResource:
        """Operations of resource / rfids."""
        from .resources.rfids import AsyncRfidsResource

        return AsyncRfidsResource(self)

    @cached_property
    def roaming_connections(self) -> AsyncRoamingConnectionsResource:
        """Operations of resource / roaming connections."""
        from .resources.roaming_connections import AsyncRoamingConnectionsResource

        return AsyncRoamingConnectionsResource(self)

    @cached_property
    def roaming_operators(self) -> AsyncRoamingOperatorsResource:
        """Operations of resource / roaming operators."""
        from .resources.roaming_operators import AsyncRoamingOperatorsResource

        return AsyncRoamingOperatorsResource(self)

    @cached_property
    def roaming_platforms(self) -> AsyncRoamingPlatformsResource:
        """Operations of resource / roaming platforms."""
        from .resources.roaming_platforms import AsyncRoamingPlatformsResource

        return AsyncRoamingPlatformsResource(self)

    @cached_property
    def roaming_providers(self) -> AsyncRoamingProvidersResource:
        """Operations of resource / roaming providers."""
        from .resources.roaming_providers import AsyncRoamingProvidersResource

        return AsyncRoamingProvidersResource(self)

    @cached_property
    def roaming_tariffs(self) -> AsyncRoamingTariffsResource:
        """Operations of resource / roaming tariffs."""
        from .resources.roaming_tariffs import AsyncRoamingTariffsResource

        return AsyncRoamingTariffsResource(self)

    @cached_property
    def security_event_logs(self) -> AsyncSecurityEventLogsResource:
        """Operations of resource / security event logs."""
        from .resources.security_event_logs import AsyncSecurityEventLogsResource

        return AsyncSecurityEventLogsResource(self)

    @cached_property
    def security_events(self) -> AsyncSecurityEventsResource:
        """Operations of resource / security events."""
        from .resources.security_events import AsyncSecurityEventsResource

        return AsyncSecurityEventsResource(self)

    @cached_property
    def sessions(self) -> AsyncSessionsResource:
        """Operations of resource / sessions."""
        from .resources.sessions import AsyncSessionsResource

        return AsyncSessionsResource(self)

    @cached_property
    def settings(self) -> AsyncSettingsResource:
        """Operations of resource / settings."""
        from .resources.settings import AsyncSettingsResource

        return AsyncSettingsResource(self)

    @cached_property
    def sub_operators(self) -> AsyncSubOperatorsResource:
        """Operations of resource / sub operators."""
        from .resources.sub_operators import AsyncSubOperatorsResource

        return AsyncSubOperatorsResource(self)

    @cached_property
    def subscription_plans(self) -> AsyncSubscriptionPlansResource:
        """Operations of resource / subscription-plans."""
        from .resources.subscription_plans import AsyncSubscriptionPlansResource

        return AsyncSubscriptionPlansResource(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResource:
        """Operations of resource / subscriptions."""
        from .resources.subscriptions import AsyncSubscriptionsResource

        return AsyncSubscriptionsResource(self)

    @cached_property
    def tariffs(self) -> AsyncTariffsResource:
        """Operations of resource / tariffs."""
        from .resources.tariffs import AsyncTariffsResource

        return AsyncTariffsResource(self)

    @cached_property
    def tax_identification_numbers(self) -> AsyncTaxIdentificationNumbersResource:
        """Operations of resource / tax identification numbers."""
        from .resources.tax_identification_numbers import (
            AsyncTaxIdentificationNumbersResource,
        )

        return AsyncTaxIdentificationNumbersResource(self)

    @cached_property
    def taxes(self) -> AsyncTaxesResource:
        """Operations of resource / taxes."""
        from .resources.taxes import AsyncTaxesResource

        return AsyncTaxesResource(self)

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        """Operations of resource / templates."""
        from .resources.templates import AsyncTemplatesResource

        return AsyncTemplatesResource(self)

    @cached_property
    def terms_and_policies(self) -> AsyncTermsAndPoliciesResource:
        """Operations of resource / terms and policies."""
        from .resources.terms_and_policies import AsyncTermsAndPoliciesResource

        return AsyncTermsAndPoliciesResource(self)

    @cached_property
    def top_up_packages(self) -> AsyncTopUpPackagesResource:
        """Operations of resource / top-up packages."""
        from .resources.top_up_packages import AsyncTopUpPackagesResource

        return AsyncTopUpPackagesResource(self)

    @cached_property
    def transactions(self) -> AsyncTransactionsResource:
        """Operations of resource / transactions."""
        from .resources.transactions import AsyncTransactionsResource

        return AsyncTransactionsResource(self)

    @cached_property
    def user_groups(self) -> AsyncUserGroupsResource:
        """Operations of resource / user-groups."""
        from .resources.user_groups import AsyncUserGroupsResource

        return AsyncUserGroupsResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """Operations of resource / users."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def utilities(self) -> AsyncUtilitiesResource:
        """Operations of resource / utilities."""
        from .resources.utilities import AsyncUtilitiesResource

        return AsyncUtilitiesResource(self)

    @cached_property
    def vendor_error_codes(self) -> AsyncVendorErrorCodesResource:
        """Operations of resource / vendor error codes."""
        from .resources.vendor_error_codes import AsyncVendorErrorCodesResource

        return AsyncVendorErrorCodesResource(self)

    @cached_property
    def vouchers(self) -> AsyncVouchersResource:
        """Operations of resource / vouchers."""
        from .resources.vouchers import AsyncVouchersResource

        return AsyncVouchersResource(self)

    @property
    def with_raw_response(self) -> AsyncAmpecoWithRawResponse:
        """The same resources, but each call gives an ``APIResponse`` (status,
        headers, the body, and ``parse()`` for the value the call would give)."""
        return AsyncAmpecoWithRawResponse(self._copy(raw=True))

    @property
    def with_streaming_response(self) -> AsyncAmpecoWithStreamingResponse:
        """The same resources, but each call returns a manager: ``async with`` it to
        get an ``AsyncStreamedAPIResponse`` whose body is read as you consume it."""
        return AsyncAmpecoWithStreamingResponse(self._copy(streaming=True))


class AmpecoWithRawResponse:
    """``Ampeco.with_raw_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: Ampeco) -> None:
        self._client = client

    @cached_property
    def authorizations(self) -> AuthorizationsResourceWithRawResponse:
        from .resources.authorizations import AuthorizationsResourceWithRawResponse

        return AuthorizationsResourceWithRawResponse(self._client.authorizations)

    @cached_property
    def booking_requests(self) -> BookingRequestsResourceWithRawResponse:
        from .resources.booking_requests import BookingRequestsResourceWithRawResponse

        return BookingRequestsResourceWithRawResponse(self._client.booking_requests)

    @cached_property
    def bookings(self) -> BookingsResourceWithRawResponse:
        from .resources.bookings import BookingsResourceWithRawResponse

        return BookingsResourceWithRawResponse(self._client.bookings)

    @cached_property
    def cdrs(self) -> CdrsResourceWithRawResponse:
        from .resources.cdrs import CdrsResourceWithRawResponse

        return CdrsResourceWithRawResponse(self._client.cdrs)

    @cached_property
    def certificates(self) -> CertificatesResourceWithRawResponse:
        from .resources.certificates import CertificatesResourceWithRawResponse

        return CertificatesResourceWithRawResponse(self._client.certificates)

    @cached_property
    def charge_point_downtime_periods(
        self,
    ) -> ChargePointDowntimePeriodsResourceWithRawResponse:
        from .resources.charge_point_downtime_periods import (
            ChargePointDowntimePeriodsResourceWithRawResponse,
        )

        return ChargePointDowntimePeriodsResourceWithRawResponse(
            self._client.charge_point_downtime_periods
        )

    @cached_property
    def charge_point_models(self) -> ChargePointModelsResourceWithRawResponse:
        from .resources.charge_point_models import (
            ChargePointModelsResourceWithRawResponse,
        )

        return ChargePointModelsResourceWithRawResponse(
            self._client.charge_point_models
        )

    @cached_property
    def charge_point_vendors(self) -> ChargePointVendorsResourceWithRawResponse:
        from .resources.charge_point_vendors import (
            ChargePointVendorsResourceWithRawResponse,
        )

        return ChargePointVendorsResourceWithRawResponse(
            self._client.charge_point_vendors
        )

    @cached_property
    def charge_points(self) -> ChargePointsResourceWithRawResponse:
        from .resources.charge_points import ChargePointsResourceWithRawResponse

        return ChargePointsResourceWithRawResponse(self._client.charge_points)

    @cached_property
    def circuits(self) -> CircuitsResourceWithRawResponse:
        from .resources.circuits import CircuitsResourceWithRawResponse

        return CircuitsResourceWithRawResponse(self._client.circuits)

    @cached_property
    def configuration_templates(self) -> ConfigurationTemplatesResourceWithRawResponse:
        from .resources.configuration_templates import (
            ConfigurationTemplatesResourceWithRawResponse,
        )

        return ConfigurationTemplatesResourceWithRawResponse(
            self._client.configuration_templates
        )

    @cached_property
    def consents(self) -> ConsentsResourceWithRawResponse:
        from .resources.consents import ConsentsResourceWithRawResponse

        return ConsentsResourceWithRawResponse(self._client.consents)

    @cached_property
    def contact_details(self) -> ContactDetailsResourceWithRawResponse:
        from .resources.contact_details import ContactDetailsResourceWithRawResponse

        return ContactDetailsResourceWithRawResponse(self._client.contact_details)

    @cached_property
    def currencies(self) -> CurrenciesResourceWithRawResponse:
        from .resources.currencies import CurrenciesResourceWithRawResponse

        return CurrenciesResourceWithRawResponse(self._client.currencies)

    @cached_property
    def currency_rates(self) -> CurrencyRatesResourceWithRawResponse:
        from .resources.currency_rates import CurrencyRatesResourceWithRawResponse

        return CurrencyRatesResourceWithRawResponse(self._client.currency_rates)

    @cached_property
    def custom_fees(self) -> CustomFeesResourceWithRawResponse:
        from .resources.custom_fees import CustomFeesResourceWithRawResponse

        return CustomFeesResourceWithRawResponse(self._client.custom_fees)

    @cached_property
    def downtime_period_notices(self) -> DowntimePeriodNoticesResourceWithRawResponse:
        from .resources.downtime_period_notices import (
            DowntimePeriodNoticesResourceWithRawResponse,
        )

        return DowntimePeriodNoticesResourceWithRawResponse(
            self._client.downtime_period_notices
        )

    @cached_property
    def electricity_meters(self) -> ElectricityMetersResourceWithRawResponse:
        from .resources.electricity_meters import (
            ElectricityMetersResourceWithRawResponse,
        )

        return ElectricityMetersResourceWithRawResponse(self._client.electricity_meters)

    @cached_property
    def electricity_rates(self) -> ElectricityRatesResourceWithRawResponse:
        from .resources.electricity_rates import ElectricityRatesResourceWithRawResponse

        return ElectricityRatesResourceWithRawResponse(self._client.electricity_rates)

    @cached_property
    def evse_downtime_periods(self) -> EvseDowntimePeriodsResourceWithRawResponse:
        from .resources.evse_downtime_periods import (
            EvseDowntimePeriodsResourceWithRawResponse,
        )

        return EvseDowntimePeriodsResourceWithRawResponse(
            self._client.evse_downtime_periods
        )

    @cached_property
    def evses(self) -> EvsesResourceWithRawResponse:
        from .resources.evses import EvsesResourceWithRawResponse

        return EvsesResourceWithRawResponse(self._client.evses)

    @cached_property
    def faqs(self) -> FaqsResourceWithRawResponse:
        from .resources.faqs import FaqsResourceWithRawResponse

        return FaqsResourceWithRawResponse(self._client.faqs)

    @cached_property
    def firmware_versions(self) -> FirmwareVersionsResourceWithRawResponse:
        from .resources.firmware_versions import FirmwareVersionsResourceWithRawResponse

        return FirmwareVersionsResourceWithRawResponse(self._client.firmware_versions)

    @cached_property
    def flexibility_activation_requests(
        self,
    ) -> FlexibilityActivationRequestsResourceWithRawResponse:
        from .resources.flexibility_activation_requests import (
            FlexibilityActivationRequestsResourceWithRawResponse,
        )

        return FlexibilityActivationRequestsResourceWithRawResponse(
            self._client.flexibility_activation_requests
        )

    @cached_property
    def flexibility_assets(self) -> FlexibilityAssetsResourceWithRawResponse:
        from .resources.flexibility_assets import (
            FlexibilityAssetsResourceWithRawResponse,
        )

        return FlexibilityAssetsResourceWithRawResponse(self._client.flexibility_assets)

    @cached_property
    def id_tags(self) -> IdTagsResourceWithRawResponse:
        from .resources.id_tags import IdTagsResourceWithRawResponse

        return IdTagsResourceWithRawResponse(self._client.id_tags)

    @cached_property
    def installer_jobs(self) -> InstallerJobsResourceWithRawResponse:
        from .resources.installer_jobs import InstallerJobsResourceWithRawResponse

        return InstallerJobsResourceWithRawResponse(self._client.installer_jobs)

    @cached_property
    def invoices(self) -> InvoicesResourceWithRawResponse:
        from .resources.invoices import InvoicesResourceWithRawResponse

        return InvoicesResourceWithRawResponse(self._client.invoices)

    @cached_property
    def locations(self) -> LocationsResourceWithRawResponse:
        from .resources.locations import LocationsResourceWithRawResponse

        return LocationsResourceWithRawResponse(self._client.locations)

    @cached_property
    def notifications(self) -> NotificationsResourceWithRawResponse:
        from .resources.notifications import NotificationsResourceWithRawResponse

        return NotificationsResourceWithRawResponse(self._client.notifications)

    @cached_property
    def parking_spaces(self) -> ParkingSpacesResourceWithRawResponse:
        from .resources.parking_spaces import ParkingSpacesResourceWithRawResponse

        return ParkingSpacesResourceWithRawResponse(self._client.parking_spaces)

    @cached_property
    def partner_contracts(self) -> PartnerContractsResourceWithRawResponse:
        from .resources.partner_contracts import PartnerContractsResourceWithRawResponse

        return PartnerContractsResourceWithRawResponse(self._client.partner_contracts)

    @cached_property
    def partner_invites(self) -> PartnerInvitesResourceWithRawResponse:
        from .resources.partner_invites import PartnerInvitesResourceWithRawResponse

        return PartnerInvitesResourceWithRawResponse(self._client.partner_invites)

    @cached_property
    def partner_settlement_reports(
        self,
    ) -> PartnerSettlementReportsResourceWithRawResponse:
        from .resources.partner_settlement_reports import (
            PartnerSettlementReportsResourceWithRawResponse,
        )

        return PartnerSettlementReportsResourceWithRawResponse(
            self._client.partner_settlement_reports
        )

    @cached_property
    def partners(self) -> PartnersResourceWithRawResponse:
        from .resources.partners import PartnersResourceWithRawResponse

        return PartnersResourceWithRawResponse(self._client.partners)

    @cached_property
    def payment_terminals(self) -> PaymentTerminalsResourceWithRawResponse:
        from .resources.payment_terminals import PaymentTerminalsResourceWithRawResponse

        return PaymentTerminalsResourceWithRawResponse(self._client.payment_terminals)

    @cached_property
    def provisioning_certificates(
        self,
    ) -> ProvisioningCertificatesResourceWithRawResponse:
        from .resources.provisioning_certificates import (
            ProvisioningCertificatesResourceWithRawResponse,
        )

        return ProvisioningCertificatesResourceWithRawResponse(
            self._client.provisioning_certificates
        )

    @cached_property
    def receipts(self) -> ReceiptsResourceWithRawResponse:
        from .resources.receipts import ReceiptsResourceWithRawResponse

        return ReceiptsResourceWithRawResponse(self._client.receipts)

    @cached_property
    def reservations(self) -> ReservationsResourceWithRawResponse:
        from .resources.reservations import ReservationsResourceWithRawResponse

        return ReservationsResourceWithRawResponse(self._client.reservations)

    @cached_property
    def revenues_expenses(self) -> RevenuesExpensesResourceWithRawResponse:
        from .resources.revenues_expenses import RevenuesExpensesResourceWithRawResponse

        return RevenuesExpensesResourceWithRawResponse(self._client.revenues_expenses)

    @cached_property
    def rfids(self) -> RfidsResourceWithRawResponse:
        from .resources.rfids import RfidsResourceWithRawResponse

        return RfidsResourceWithRawResponse(self._client.rfids)

    @cached_property
    def roaming_connections(self) -> RoamingConnectionsResourceWithRawResponse:
        from .resources.roaming_connections import (
            RoamingConnectionsResourceWithRawResponse,
        )

        return RoamingConnectionsResourceWithRawResponse(
            self._client.roaming_connections
        )

    @cached_property
    def roaming_operators(self) -> RoamingOperatorsResourceWithRawResponse:
        from .resources.roaming_operators import RoamingOperatorsResourceWithRawResponse

        return RoamingOperatorsResourceWithRawResponse(self._client.roaming_operators)

    @cached_property
    def roaming_platforms(self) -> RoamingPlatformsResourceWithRawResponse:
        from .resources.roaming_platforms import RoamingPlatformsResourceWithRawResponse

        return RoamingPlatformsResourceWithRawResponse(self._client.roaming_platforms)

    @cached_property
    def roaming_providers(self) -> RoamingProvidersResourceWithRawResponse:
        from .resources.roaming_providers import RoamingProvidersResourceWithRawResponse

        return RoamingProvidersResourceWithRawResponse(self._client.roaming_providers)

    @cached_property
    def roaming_tariffs(self) -> RoamingTariffsResourceWithRawResponse:
        from .resources.roaming_tariffs import RoamingTariffsResourceWithRawResponse

        return RoamingTariffsResourceWithRawResponse(self._client.roaming_tariffs)

    @cached_property
    def security_event_logs(self) -> SecurityEventLogsResourceWithRawResponse:
        from .resources.security_event_logs import (
            SecurityEventLogsResourceWithRawResponse,
        )

        return SecurityEventLogsResourceWithRawResponse(
            self._client.security_event_logs
        )

    @cached_property
    def security_events(self) -> SecurityEventsResourceWithRawResponse:
        from .resources.security_events import SecurityEventsResourceWithRawResponse

        return SecurityEventsResourceWithRawResponse(self._client.security_events)

    @cached_property
    def sessions(self) -> SessionsResourceWithRawResponse:
        from .resources.sessions import SessionsResourceWithRawResponse

        return SessionsResourceWithRawResponse(self._client.sessions)

    @cached_property
    def settings(self) -> SettingsResourceWithRawResponse:
        from .resources.settings import SettingsResourceWithRawResponse

        return SettingsResourceWithRawResponse(self._client.settings)

    @cached_property
    def sub_operators(self) -> SubOperatorsResourceWithRawResponse:
        from .resources.sub_operators import SubOperatorsResourceWithRawResponse

        return SubOperatorsResourceWithRawResponse(self._client.sub_operators)

    @cached_property
    def subscription_plans(self) -> SubscriptionPlansResourceWithRawResponse:
        from .resources.subscription_plans import (
            SubscriptionPlansResourceWithRawResponse,
        )

        return SubscriptionPlansResourceWithRawResponse(self._client.subscription_plans)

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithRawResponse:
        from .resources.subscriptions import SubscriptionsResourceWithRawResponse

        return SubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def tariffs(self) -> TariffsResourceWithRawResponse:
        from .resources.tariffs import TariffsResourceWithRawResponse

        return TariffsResourceWithRawResponse(self._client.tariffs)

    @cached_property
    def tax_identification_numbers(
        self,
    ) -> TaxIdentificationNumbersResourceWithRawResponse:
        from .resources.tax_identification_numbers import (
            TaxIdentificationNumbersResourceWithRawResponse,
        )

        return TaxIdentificationNumbersResourceWithRawResponse(
            self._client.tax_identification_numbers
        )

    @cached_property
    def taxes(self) -> TaxesResourceWithRawResponse:
        from .resources.taxes import TaxesResourceWithRawResponse

        return TaxesResourceWithRawResponse(self._client.taxes)

    @cached_property
    def templates(self) -> TemplatesResourceWithRawResponse:
        from .resources.templates import TemplatesResourceWithRawResponse

        return TemplatesResourceWithRawResponse(self._client.templates)

    @cached_property
    def terms_and_policies(self) -> TermsAndPoliciesResourceWithRawResponse:
        from .resources.terms_and_policies import (
            TermsAndPoliciesResourceWithRawResponse,
        )

        return TermsAndPoliciesResourceWithRawResponse(self._client.terms_and_policies)

    @cached_property
    def top_up_packages(self) -> TopUpPackagesResourceWithRawResponse:
        from .resources.top_up_packages import TopUpPackagesResourceWithRawResponse

        return TopUpPackagesResourceWithRawResponse(self._client.top_up_packages)

    @cached_property
    def transactions(self) -> TransactionsResourceWithRawResponse:
        from .resources.transactions import TransactionsResourceWithRawResponse

        return TransactionsResourceWithRawResponse(self._client.transactions)

    @cached_property
    def user_groups(self) -> UserGroupsResourceWithRawResponse:
        from .resources.user_groups import UserGroupsResourceWithRawResponse

        return UserGroupsResourceWithRawResponse(self._client.user_groups)

    @cached_property
    def users(self) -> UsersResourceWithRawResponse:
        from .resources.users import UsersResourceWithRawResponse

        return UsersResourceWithRawResponse(self._client.users)

    @cached_property
    def utilities(self) -> UtilitiesResourceWithRawResponse:
        from .resources.utilities import UtilitiesResourceWithRawResponse

        return UtilitiesResourceWithRawResponse(self._client.utilities)

    @cached_property
    def vendor_error_codes(self) -> VendorErrorCodesResourceWithRawResponse:
        from .resources.vendor_error_codes import (
            VendorErrorCodesResourceWithRawResponse,
        )

        return VendorErrorCodesResourceWithRawResponse(self._client.vendor_error_codes)

    @cached_property
    def vouchers(self) -> VouchersResourceWithRawResponse:
        from .resources.vouchers import VouchersResourceWithRawResponse

        return VouchersResourceWithRawResponse(self._client.vouchers)


class AmpecoWithStreamingResponse:
    """``Ampeco.with_streaming_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: Ampeco) -> None:
        self._client = client

    @cached_property
    def authorizations(self) -> AuthorizationsResourceWithStreamingResponse:
        from .resources.authorizations import (
            AuthorizationsResourceWithStreamingResponse,
        )

        return AuthorizationsResourceWithStreamingResponse(self._client.authorizations)

    @cached_property
    def booking_requests(self) -> BookingRequestsResourceWithStreamingResponse:
        from .resources.booking_requests import (
            BookingRequestsResourceWithStreamingResponse,
        )

        return BookingRequestsResourceWithStreamingResponse(
            self._client.booking_requests
        )

    @cached_property
    def bookings(self) -> BookingsResourceWithStreamingResponse:
        from .resources.bookings import BookingsResourceWithStreamingResponse

        return BookingsResourceWithStreamingResponse(self._client.bookings)

    @cached_property
    def cdrs(self) -> CdrsResourceWithStreamingResponse:
        from .resources.cdrs import CdrsResourceWithStreamingResponse

        return CdrsResourceWithStreamingResponse(self._client.cdrs)

    @cached_property
    def certificates(self) -> CertificatesResourceWithStreamingResponse:
        from .resources.certificates import CertificatesResourceWithStreamingResponse

        return CertificatesResourceWithStreamingResponse(self._client.certificates)

    @cached_property
    def charge_point_downtime_periods(
        self,
    ) -> ChargePointDowntimePeriodsResourceWithStreamingResponse:
        from .resources.charge_point_downtime_periods import (
            ChargePointDowntimePeriodsResourceWithStreamingResponse,
        )

        return ChargePointDowntimePeriodsResourceWithStreamingResponse(
            self._client.charge_point_downtime_periods
        )

    @cached_property
    def charge_point_models(self) -> ChargePointModelsResourceWithStreamingResponse:
        from .resources.charge_point_models import (
            ChargePointModelsResourceWithStreamingResponse,
        )

        return ChargePointModelsResourceWithStreamingResponse(
            self._client.charge_point_models
        )

    @cached_property
    def charge_point_vendors(self) -> ChargePointVendorsResourceWithStreamingResponse:
        from .resources.charge_point_vendors import (
            ChargePointVendorsResourceWithStreamingResponse,
        )

        return ChargePointVendorsResourceWithStreamingResponse(
            self._client.charge_point_vendors
        )

    @cached_property
    def charge_points(self) -> ChargePointsResourceWithStreamingResponse:
        from .resources.charge_points import ChargePointsResourceWithStreamingResponse

        return ChargePointsResourceWithStreamingResponse(self._client.charge_points)

    @cached_property
    def circuits(self) -> CircuitsResourceWithStreamingResponse:
        from .resources.circuits import CircuitsResourceWithStreamingResponse

        return CircuitsResourceWithStreamingResponse(self._client.circuits)

    @cached_property
    def configuration_templates(
        self,
    ) -> ConfigurationTemplatesResourceWithStreamingResponse:
        from .resources.configuration_templates import (
            ConfigurationTemplatesResourceWithStreamingResponse,
        )

        return ConfigurationTemplatesResourceWithStreamingResponse(
            self._client.configuration_templates
        )

    @cached_property
    def consents(self) -> ConsentsResourceWithStreamingResponse:
        from .resources.consents import ConsentsResourceWithStreamingResponse

        return ConsentsResourceWithStreamingResponse(self._client.consents)

    @cached_property
    def contact_details(self) -> ContactDetailsResourceWithStreamingResponse:
        from .resources.contact_details import (
            ContactDetailsResourceWithStreamingResponse,
        )

        return ContactDetailsResourceWithStreamingResponse(self._client.contact_details)

    @cached_property
    def currencies(self) -> CurrenciesResourceWithStreamingResponse:
        from .resources.currencies import CurrenciesResourceWithStreamingResponse

        return CurrenciesResourceWithStreamingResponse(self._client.currencies)

    @cached_property
    def currency_rates(self) -> CurrencyRatesResourceWithStreamingResponse:
        from .resources.currency_rates import CurrencyRatesResourceWithStreamingResponse

        return CurrencyRatesResourceWithStreamingResponse(self._client.currency_rates)

    @cached_property
    def custom_fees(self) -> CustomFeesResourceWithStreamingResponse:
        from .resources.custom_fees import CustomFeesResourceWithStreamingResponse

        return CustomFeesResourceWithStreamingResponse(self._client.custom_fees)

    @cached_property
    def downtime_period_notices(
        self,
    ) -> DowntimePeriodNoticesResourceWithStreamingResponse:
        from .resources.downtime_period_notices import (
            DowntimePeriodNoticesResourceWithStreamingResponse,
        )

        return DowntimePeriodNoticesResourceWithStreamingResponse(
            self._client.downtime_period_notices
        )

    @cached_property
    def electricity_meters(self) -> ElectricityMetersResourceWithStreamingResponse:
        from .resources.electricity_meters import (
            ElectricityMetersResourceWithStreamingResponse,
        )

        return ElectricityMetersResourceWithStreamingResponse(
            self._client.electricity_meters
        )

    @cached_property
    def electricity_rates(self) -> ElectricityRatesResourceWithStreamingResponse:
        from .resources.electricity_rates import (
            ElectricityRatesResourceWithStreamingResponse,
        )

        return ElectricityRatesResourceWithStreamingResponse(
            self._client.electricity_rates
        )

    @cached_property
    def evse_downtime_periods(self) -> EvseDowntimePeriodsResourceWithStreamingResponse:
        from .resources.evse_downtime_periods import (
            EvseDowntimePeriodsResourceWithStreamingResponse,
        )

        return EvseDowntimePeriodsResourceWithStreamingResponse(
            self._client.evse_downtime_periods
        )

    @cached_property
    def evses(self) -> EvsesResourceWithStreamingResponse:
        from .resources.evses import EvsesResourceWithStreamingResponse

        return EvsesResourceWithStreamingResponse(self._client.evses)

    @cached_property
    def faqs(self) -> FaqsResourceWithStreamingResponse:
        from .resources.faqs import FaqsResourceWithStreamingResponse

        return FaqsResourceWithStreamingResponse(self._client.faqs)

    @cached_property
    def firmware_versions(self) -> FirmwareVersionsResourceWithStreamingResponse:
        from .resources.firmware_versions import (
            FirmwareVersionsResourceWithStreamingResponse,
        )

        return FirmwareVersionsResourceWithStreamingResponse(
            self._client.firmware_versions
        )

    @cached_property
    def flexibility_activation_requests(
        self,
    ) -> FlexibilityActivationRequestsResourceWithStreamingResponse:
        from .resources.flexibility_activation_requests import (
            FlexibilityActivationRequestsResourceWithStreamingResponse,
        )

        return FlexibilityActivationRequestsResourceWithStreamingResponse(
            self._client.flexibility_activation_requests
        )

    @cached_property
    def flexibility_assets(self) -> FlexibilityAssetsResourceWithStreamingResponse:
        from .resources.flexibility_assets import (
            FlexibilityAssetsResourceWithStreamingResponse,
        )

        return FlexibilityAssetsResourceWithStreamingResponse(
            self._client.flexibility_assets
        )

    @cached_property
    def id_tags(self) -> IdTagsResourceWithStreamingResponse:
        from .resources.id_tags import IdTagsResourceWithStreamingResponse

        return IdTagsResourceWithStreamingResponse(self._client.id_tags)

    @cached_property
    def installer_jobs(self) -> InstallerJobsResourceWithStreamingResponse:
        from .resources.installer_jobs import InstallerJobsResourceWithStreamingResponse

        return InstallerJobsResourceWithStreamingResponse(self._client.installer_jobs)

    @cached_property
    def invoices(self) -> InvoicesResourceWithStreamingResponse:
        from .resources.invoices import InvoicesResourceWithStreamingResponse

        return InvoicesResourceWithStreamingResponse(self._client.invoices)

    @cached_property
    def locations(self) -> LocationsResourceWithStreamingResponse:
        from .resources.locations import LocationsResourceWithStreamingResponse

        return LocationsResourceWithStreamingResponse(self._client.locations)

    @cached_property
    def notifications(self) -> NotificationsResourceWithStreamingResponse:
        from .resources.notifications import NotificationsResourceWithStreamingResponse

        return NotificationsResourceWithStreamingResponse(self._client.notifications)

    @cached_property
    def parking_spaces(self) -> ParkingSpacesResourceWithStreamingResponse:
        from .resources.parking_spaces import ParkingSpacesResourceWithStreamingResponse

        return ParkingSpacesResourceWithStreamingResponse(self._client.parking_spaces)

    @cached_property
    def partner_contracts(self) -> PartnerContractsResourceWithStreamingResponse:
        from .resources.partner_contracts import (
            PartnerContractsResourceWithStreamingResponse,
        )

        return PartnerContractsResourceWithStreamingResponse(
            self._client.partner_contracts
        )

    @cached_property
    def partner_invites(self) -> PartnerInvitesResourceWithStreamingResponse:
        from .resources.partner_invites import (
            PartnerInvitesResourceWithStreamingResponse,
        )

        return PartnerInvitesResourceWithStreamingResponse(self._client.partner_invites)

    @cached_property
    def partner_settlement_reports(
        self,
    ) -> PartnerSettlementReportsResourceWithStreamingResponse:
        from .resources.partner_settlement_reports import (
            PartnerSettlementReportsResourceWithStreamingResponse,
        )

        return PartnerSettlementReportsResourceWithStreamingResponse(
            self._client.partner_settlement_reports
        )

    @cached_property
    def partners(self) -> PartnersResourceWithStreamingResponse:
        from .resources.partners import PartnersResourceWithStreamingResponse

        return PartnersResourceWithStreamingResponse(self._client.partners)

    @cached_property
    def payment_terminals(self) -> PaymentTerminalsResourceWithStreamingResponse:
        from .resources.payment_terminals import (
            PaymentTerminalsResourceWithStreamingResponse,
        )

        return PaymentTerminalsResourceWithStreamingResponse(
            self._client.payment_terminals
        )

    @cached_property
    def provisioning_certificates(
        self,
    ) -> ProvisioningCertificatesResourceWithStreamingResponse:
        from .resources.provisioning_certificates import (
            ProvisioningCertificatesResourceWithStreamingResponse,
        )

        return ProvisioningCertificatesResourceWithStreamingResponse(
            self._client.provisioning_certificates
        )

    @cached_property
    def receipts(self) -> ReceiptsResourceWithStreamingResponse:
        from .resources.receipts import ReceiptsResourceWithStreamingResponse

        return ReceiptsResourceWithStreamingResponse(self._client.receipts)

    @cached_property
    def reservations(self) -> ReservationsResourceWithStreamingResponse:
        from .resources.reservations import ReservationsResourceWithStreamingResponse

        return ReservationsResourceWithStreamingResponse(self._client.reservations)

    @cached_property
    def revenues_expenses(self) -> RevenuesExpensesResourceWithStreamingResponse:
        from .resources.revenues_expenses import (
            RevenuesExpensesResourceWithStreamingResponse,
        )

        return RevenuesExpensesResourceWithStreamingResponse(
            self._client.revenues_expenses
        )

    @cached_property
    def rfids(self) -> RfidsResourceWithStreamingResponse:
        from .resources.rfids import RfidsResourceWithStreamingResponse

        return RfidsResourceWithStreamingResponse(self._client.rfids)

    @cached_property
    def roaming_connections(self) -> RoamingConnectionsResourceWithStreamingResponse:
        from .resources.roaming_connections import (
            RoamingConnectionsResourceWithStreamingResponse,
        )

        return RoamingConnectionsResourceWithStreamingResponse(
            self._client.roaming_connections
        )

    @cached_property
    def roaming_operators(self) -> RoamingOperatorsResourceWithStreamingResponse:
        from .resources.roaming_operators import (
            RoamingOperatorsResourceWithStreamingResponse,
        )

        return RoamingOperatorsResourceWithStreamingResponse(
            self._client.roaming_operators
        )

    @cached_property
    def roaming_platforms(self) -> RoamingPlatformsResourceWithStreamingResponse:
        from .resources.roaming_platforms import (
            RoamingPlatformsResourceWithStreamingResponse,
        )

        return RoamingPlatformsResourceWithStreamingResponse(
            self._client.roaming_platforms
        )

    @cached_property
    def roaming_providers(self) -> RoamingProvidersResourceWithStreamingResponse:
        from .resources.roaming_providers import (
            RoamingProvidersResourceWithStreamingResponse,
        )

        return RoamingProvidersResourceWithStreamingResponse(
            self._client.roaming_providers
        )

    @cached_property
    def roaming_tariffs(self) -> RoamingTariffsResourceWithStreamingResponse:
        from .resources.roaming_tariffs import (
            RoamingTariffsResourceWithStreamingResponse,
        )

        return RoamingTariffsResourceWithStreamingResponse(self._client.roaming_tariffs)

    @cached_property
    def security_event_logs(self) -> SecurityEventLogsResourceWithStreamingResponse:
        from .resources.security_event_logs import (
            SecurityEventLogsResourceWithStreamingResponse,
        )

        return SecurityEventLogsResourceWithStreamingResponse(
            self._client.security_event_logs
        )

    @cached_property
    def security_events(self) -> SecurityEventsResourceWithStreamingResponse:
        from .resources.security_events import (
            SecurityEventsResourceWithStreamingResponse,
        )

        return SecurityEventsResourceWithStreamingResponse(self._client.security_events)

    @cached_property
    def sessions(self) -> SessionsResourceWithStreamingResponse:
        from .resources.sessions import SessionsResourceWithStreamingResponse

        return SessionsResourceWithStreamingResponse(self._client.sessions)

    @cached_property
    def settings(self) -> SettingsResourceWithStreamingResponse:
        from .resources.settings import SettingsResourceWithStreamingResponse

        return SettingsResourceWithStreamingResponse(self._client.settings)

    @cached_property
    def sub_operators(self) -> SubOperatorsResourceWithStreamingResponse:
        from .resources.sub_operators import SubOperatorsResourceWithStreamingResponse

        return SubOperatorsResourceWithStreamingResponse(self._client.sub_operators)

    @cached_property
    def subscription_plans(self) -> SubscriptionPlansResourceWithStreamingResponse:
        from .resources.subscription_plans import (
            SubscriptionPlansResourceWithStreamingResponse,
        )

        return SubscriptionPlansResourceWithStreamingResponse(
            self._client.subscription_plans
        )

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithStreamingResponse:
        from .resources.subscriptions import SubscriptionsResourceWithStreamingResponse

        return SubscriptionsResourceWithStreamingResponse(self._client.subscriptions)

    @cached_property
    def tariffs(self) -> TariffsResourceWithStreamingResponse:
        from .resources.tariffs import TariffsResourceWithStreamingResponse

        return TariffsResourceWithStreamingResponse(self._client.tariffs)

    @cached_property
    def tax_identification_numbers(
        self,
    ) -> TaxIdentificationNumbersResourceWithStreamingResponse:
        from .resources.tax_identification_numbers import (
            TaxIdentificationNumbersResourceWithStreamingResponse,
        )

        return TaxIdentificationNumbersResourceWithStreamingResponse(
            self._client.tax_identification_numbers
        )

    @cached_property
    def taxes(self) -> TaxesResourceWithStreamingResponse:
        from .resources.taxes import TaxesResourceWithStreamingResponse

        return TaxesResourceWithStreamingResponse(self._client.taxes)

    @cached_property
    def templates(self) -> TemplatesResourceWithStreamingResponse:
        from .resources.templates import TemplatesResourceWithStreamingResponse

        return TemplatesResourceWithStreamingResponse(self._client.templates)

    @cached_property
    def terms_and_policies(self) -> TermsAndPoliciesResourceWithStreamingResponse:
        from .resources.terms_and_policies import (
            TermsAndPoliciesResourceWithStreamingResponse,
        )

        return TermsAndPoliciesResourceWithStreamingResponse(
            self._client.terms_and_policies
        )

    @cached_property
    def top_up_packages(self) -> TopUpPackagesResourceWithStreamingResponse:
        from .resources.top_up_packages import (
            TopUpPackagesResourceWithStreamingResponse,
        )

        return TopUpPackagesResourceWithStreamingResponse(self._client.top_up_packages)

    @cached_property
    def transactions(self) -> TransactionsResourceWithStreamingResponse:
        from .resources.transactions import TransactionsResourceWithStreamingResponse

        return TransactionsResourceWithStreamingResponse(self._client.transactions)

    @cached_property
    def user_groups(self) -> UserGroupsResourceWithStreamingResponse:
        from .resources.user_groups import UserGroupsResourceWithStreamingResponse

        return UserGroupsResourceWithStreamingResponse(self._client.user_groups)

    @cached_property
    def users(self) -> UsersResourceWithStreamingResponse:
        from .resources.users import UsersResourceWithStreamingResponse

        return UsersResourceWithStreamingResponse(self._client.users)

    @cached_property
    def utilities(self) -> UtilitiesResourceWithStreamingResponse:
        from .resources.utilities import UtilitiesResourceWithStreamingResponse

        return UtilitiesResourceWithStreamingResponse(self._client.utilities)

    @cached_property
    def vendor_error_codes(self) -> VendorErrorCodesResourceWithStreamingResponse:
        from .resources.vendor_error_codes import (
            VendorErrorCodesResourceWithStreamingResponse,
        )

        return VendorErrorCodesResourceWithStreamingResponse(
            self._client.vendor_error_codes
        )

    @cached_property
    def vouchers(self) -> VouchersResourceWithStreamingResponse:
        from .resources.vouchers import VouchersResourceWithStreamingResponse

        return VouchersResourceWithStreamingResponse(self._client.vouchers)


class AsyncAmpecoWithRawResponse:
    """``AsyncAmpeco.with_raw_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: AsyncAmpeco) -> None:
        self._client = client

    @cached_property
    def authorizations(self) -> AsyncAuthorizationsResourceWithRawResponse:
        from .resources.authorizations import AsyncAuthorizationsResourceWithRawResponse

        return AsyncAuthorizationsResourceWithRawResponse(self._client.authorizations)

    @cached_property
    def booking_requests(self) -> AsyncBookingRequestsResourceWithRawResponse:
        from .resources.booking_requests import (
            AsyncBookingRequestsResourceWithRawResponse,
        )

        return AsyncBookingRequestsResourceWithRawResponse(
            self._client.booking_requests
        )

    @cached_property
    def bookings(self) -> AsyncBookingsResourceWithRawResponse:
        from .resources.bookings import AsyncBookingsResourceWithRawResponse

        return AsyncBookingsResourceWithRawResponse(self._client.bookings)

    @cached_property
    def cdrs(self) -> AsyncCdrsResourceWithRawResponse:
        from .resources.cdrs import AsyncCdrsResourceWithRawResponse

        return AsyncCdrsResourceWithRawResponse(self._client.cdrs)

    @cached_property
    def certificates(self) -> AsyncCertificatesResourceWithRawResponse:
        from .resources.certificates import AsyncCertificatesResourceWithRawResponse

        return AsyncCertificatesResourceWithRawResponse(self._client.certificates)

    @cached_property
    def charge_point_downtime_periods(
        self,
    ) -> AsyncChargePointDowntimePeriodsResourceWithRawResponse:
        from .resources.charge_point_downtime_periods import (
            AsyncChargePointDowntimePeriodsResourceWithRawResponse,
        )

        return AsyncChargePointDowntimePeriodsResourceWithRawResponse(
            self._client.charge_point_downtime_periods
        )

    @cached_property
    def charge_point_models(self) -> AsyncChargePointModelsResourceWithRawResponse:
        from .resources.charge_point_models import (
            AsyncChargePointModelsResourceWithRawResponse,
        )

        return AsyncChargePointModelsResourceWithRawResponse(
            self._client.charge_point_models
        )

    @cached_property
    def charge_point_vendors(self) -> AsyncChargePointVendorsResourceWithRawResponse:
        from .resources.charge_point_vendors import (
            AsyncChargePointVendorsResourceWithRawResponse,
        )

        return AsyncChargePointVendorsResourceWithRawResponse(
            self._client.charge_point_vendors
        )

    @cached_property
    def charge_points(self) -> AsyncChargePointsResourceWithRawResponse:
        from .resources.charge_points import AsyncChargePointsResourceWithRawResponse

        return AsyncChargePointsResourceWithRawResponse(self._client.charge_points)

    @cached_property
    def circuits(self) -> AsyncCircuitsResourceWithRawResponse:
        from .resources.circuits import AsyncCircuitsResourceWithRawResponse

        return AsyncCircuitsResourceWithRawResponse(self._client.circuits)

    @cached_property
    def configuration_templates(
        self,
    ) -> AsyncConfigurationTemplatesResourceWithRawResponse:
        from .resources.configuration_templates import (
            AsyncConfigurationTemplatesResourceWithRawResponse,
        )

        return AsyncConfigurationTemplatesResourceWithRawResponse(
            self._client.configuration_templates
        )

    @cached_property
    def consents(self) -> AsyncConsentsResourceWithRawResponse:
        from .resources.consents import AsyncConsentsResourceWithRawResponse

        return AsyncConsentsResourceWithRawResponse(self._client.consents)

    @cached_property
    def contact_details(self) -> AsyncContactDetailsResourceWithRawResponse:
        from .resources.contact_details import (
            AsyncContactDetailsResourceWithRawResponse,
        )

        return AsyncContactDetailsResourceWithRawResponse(self._client.contact_details)

    @cached_property
    def currencies(self) -> AsyncCurrenciesResourceWithRawResponse:
        from .resources.currencies import AsyncCurrenciesResourceWithRawResponse

        return AsyncCurrenciesResourceWithRawResponse(self._client.currencies)

    @cached_property
    def currency_rates(self) -> AsyncCurrencyRatesResourceWithRawResponse:
        from .resources.currency_rates import AsyncCurrencyRatesResourceWithRawResponse

        return AsyncCurrencyRatesResourceWithRawResponse(self._client.currency_rates)

    @cached_property
    def custom_fees(self) -> AsyncCustomFeesResourceWithRawResponse:
        from .resources.custom_fees import AsyncCustomFeesResourceWithRawResponse

        return AsyncCustomFeesResourceWithRawResponse(self._client.custom_fees)

    @cached_property
    def downtime_period_notices(
        self,
    ) -> AsyncDowntimePeriodNoticesResourceWithRawResponse:
        from .resources.downtime_period_notices import (
            AsyncDowntimePeriodNoticesResourceWithRawResponse,
        )

        return AsyncDowntimePeriodNoticesResourceWithRawResponse(
            self._client.downtime_period_notices
        )

    @cached_property
    def electricity_meters(self) -> AsyncElectricityMetersResourceWithRawResponse:
        from .resources.electricity_meters import (
            AsyncElectricityMetersResourceWithRawResponse,
        )

        return AsyncElectricityMetersResourceWithRawResponse(
            self._client.electricity_meters
        )

    @cached_property
    def electricity_rates(self) -> AsyncElectricityRatesResourceWithRawResponse:
        from .resources.electricity_rates import (
            AsyncElectricityRatesResourceWithRawResponse,
        )

        return AsyncElectricityRatesResourceWithRawResponse(
            self._client.electricity_rates
        )

    @cached_property
    def evse_downtime_periods(self) -> AsyncEvseDowntimePeriodsResourceWithRawResponse:
        from .resources.evse_downtime_periods import (
            AsyncEvseDowntimePeriodsResourceWithRawResponse,
        )

        return AsyncEvseDowntimePeriodsResourceWithRawResponse(
            self._client.evse_downtime_periods
        )

    @cached_property
    def evses(self) -> AsyncEvsesResourceWithRawResponse:
        from .resources.evses import AsyncEvsesResourceWithRawResponse

        return AsyncEvsesResourceWithRawResponse(self._client.evses)

    @cached_property
    def faqs(self) -> AsyncFaqsResourceWithRawResponse:
        from .resources.faqs import AsyncFaqsResourceWithRawResponse

        return AsyncFaqsResourceWithRawResponse(self._client.faqs)

    @cached_property
    def firmware_versions(self) -> AsyncFirmwareVersionsResourceWithRawResponse:
        from .resources.firmware_versions import (
            AsyncFirmwareVersionsResourceWithRawResponse,
        )

        return AsyncFirmwareVersionsResourceWithRawResponse(
            self._client.firmware_versions
        )

    @cached_property
    def flexibility_activation_requests(
        self,
    ) -> AsyncFlexibilityActivationRequestsResourceWithRawResponse:
        from .resources.flexibility_activation_requests import (
            AsyncFlexibilityActivationRequestsResourceWithRawResponse,
        )

        return AsyncFlexibilityActivationRequestsResourceWithRawResponse(
            self._client.flexibility_activation_requests
        )

    @cached_property
    def flexibility_assets(self) -> AsyncFlexibilityAssetsResourceWithRawResponse:
        from .resources.flexibility_assets import (
            AsyncFlexibilityAssetsResourceWithRawResponse,
        )

        return AsyncFlexibilityAssetsResourceWithRawResponse(
            self._client.flexibility_assets
        )

    @cached_property
    def id_tags(self) -> AsyncIdTagsResourceWithRawResponse:
        from .resources.id_tags import AsyncIdTagsResourceWithRawResponse

        return AsyncIdTagsResourceWithRawResponse(self._client.id_tags)

    @cached_property
    def installer_jobs(self) -> AsyncInstallerJobsResourceWithRawResponse:
        from .resources.installer_jobs import AsyncInstallerJobsResourceWithRawResponse

        return AsyncInstallerJobsResourceWithRawResponse(self._client.installer_jobs)

    @cached_property
    def invoices(self) -> AsyncInvoicesResourceWithRawResponse:
        from .resources.invoices import AsyncInvoicesResourceWithRawResponse

        return AsyncInvoicesResourceWithRawResponse(self._client.invoices)

    @cached_property
    def locations(self) -> AsyncLocationsResourceWithRawResponse:
        from .resources.locations import AsyncLocationsResourceWithRawResponse

        return AsyncLocationsResourceWithRawResponse(self._client.locations)

    @cached_property
    def notifications(self) -> AsyncNotificationsResourceWithRawResponse:
        from .resources.notifications import AsyncNotificationsResourceWithRawResponse

        return AsyncNotificationsResourceWithRawResponse(self._client.notifications)

    @cached_property
    def parking_spaces(self) -> AsyncParkingSpacesResourceWithRawResponse:
        from .resources.parking_spaces import AsyncParkingSpacesResourceWithRawResponse

        return AsyncParkingSpacesResourceWithRawResponse(self._client.parking_spaces)

    @cached_property
    def partner_contracts(self) -> AsyncPartnerContractsResourceWithRawResponse:
        from .resources.partner_contracts import (
            AsyncPartnerContractsResourceWithRawResponse,
        )

        return AsyncPartnerContractsResourceWithRawResponse(
            self._client.partner_contracts
        )

    @cached_property
    def partner_invites(self) -> AsyncPartnerInvitesResourceWithRawResponse:
        from .resources.partner_invites import (
            AsyncPartnerInvitesResourceWithRawResponse,
        )

        return AsyncPartnerInvitesResourceWithRawResponse(self._client.partner_invites)

    @cached_property
    def partner_settlement_reports(
        self,
    ) -> AsyncPartnerSettlementReportsResourceWithRawResponse:
        from .resources.partner_settlement_reports import (
            AsyncPartnerSettlementReportsResourceWithRawResponse,
        )

        return AsyncPartnerSettlementReportsResourceWithRawResponse(
            self._client.partner_settlement_reports
        )

    @cached_property
    def partners(self) -> AsyncPartnersResourceWithRawResponse:
        from .resources.partners import AsyncPartnersResourceWithRawResponse

        return AsyncPartnersResourceWithRawResponse(self._client.partners)

    @cached_property
    def payment_terminals(self) -> AsyncPaymentTerminalsResourceWithRawResponse:
        from .resources.payment_terminals import (
            AsyncPaymentTerminalsResourceWithRawResponse,
        )

        return AsyncPaymentTerminalsResourceWithRawResponse(
            self._client.payment_terminals
        )

    @cached_property
    def provisioning_certificates(
        self,
    ) -> AsyncProvisioningCertificatesResourceWithRawResponse:
        from .resources.provisioning_certificates import (
            AsyncProvisioningCertificatesResourceWithRawResponse,
        )

        return AsyncProvisioningCertificatesResourceWithRawResponse(
            self._client.provisioning_certificates
        )

    @cached_property
    def receipts(self) -> AsyncReceiptsResourceWithRawResponse:
        from .resources.receipts import AsyncReceiptsResourceWithRawResponse

        return AsyncReceiptsResourceWithRawResponse(self._client.receipts)

    @cached_property
    def reservations(self) -> AsyncReservationsResourceWithRawResponse:
        from .resources.reservations import AsyncReservationsResourceWithRawResponse

        return AsyncReservationsResourceWithRawResponse(self._client.reservations)

    @cached_property
    def revenues_expenses(self) -> AsyncRevenuesExpensesResourceWithRawResponse:
        from .resources.revenues_expenses import (
            AsyncRevenuesExpensesResourceWithRawResponse,
        )

        return AsyncRevenuesExpensesResourceWithRawResponse(
            self._client.revenues_expenses
        )

    @cached_property
    def rfids(self) -> AsyncRfidsResourceWithRawResponse:
        from .resources.rfids import AsyncRfidsResourceWithRawResponse

        return AsyncRfidsResourceWithRawResponse(self._client.rfids)

    @cached_property
    def roaming_connections(self) -> AsyncRoamingConnectionsResourceWithRawResponse:
        from .resources.roaming_connections import (
            AsyncRoamingConnectionsResourceWithRawResponse,
        )

        return AsyncRoamingConnectionsResourceWithRawResponse(
            self._client.roaming_connections
        )

    @cached_property
    def roaming_operators(self) -> AsyncRoamingOperatorsResourceWithRawResponse:
        from .resources.roaming_operators import (
            AsyncRoamingOperatorsResourceWithRawResponse,
        )

        return AsyncRoamingOperatorsResourceWithRawResponse(
            self._client.roaming_operators
        )

    @cached_property
    def roaming_platforms(self) -> AsyncRoamingPlatformsResourceWithRawResponse:
        from .resources.roaming_platforms import (
            AsyncRoamingPlatformsResourceWithRawResponse,
        )

        return AsyncRoamingPlatformsResourceWithRawResponse(
            self._client.roaming_platforms
        )

    @cached_property
    def roaming_providers(self) -> AsyncRoamingProvidersResourceWithRawResponse:
        from .resources.roaming_providers import (
            AsyncRoamingProvidersResourceWithRawResponse,
        )

        return AsyncRoamingProvidersResourceWithRawResponse(
            self._client.roaming_providers
        )

    @cached_property
    def roaming_tariffs(self) -> AsyncRoamingTariffsResourceWithRawResponse:
        from .resources.roaming_tariffs import (
            AsyncRoamingTariffsResourceWithRawResponse,
        )

        return AsyncRoamingTariffsResourceWithRawResponse(self._client.roaming_tariffs)

    @cached_property
    def security_event_logs(self) -> AsyncSecurityEventLogsResourceWithRawResponse:
        from .resources.security_event_logs import (
            AsyncSecurityEventLogsResourceWithRawResponse,
        )

        return AsyncSecurityEventLogsResourceWithRawResponse(
            self._client.security_event_logs
        )

    @cached_property
    def security_events(self) -> AsyncSecurityEventsResourceWithRawResponse:
        from .resources.security_events import (
            AsyncSecurityEventsResourceWithRawResponse,
        )

        return AsyncSecurityEventsResourceWithRawResponse(self._client.security_events)

    @cached_property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        from .resources.sessions import AsyncSessionsResourceWithRawResponse

        return AsyncSessionsResourceWithRawResponse(self._client.sessions)

    @cached_property
    def settings(self) -> AsyncSettingsResourceWithRawResponse:
        from .resources.settings import AsyncSettingsResourceWithRawResponse

        return AsyncSettingsResourceWithRawResponse(self._client.settings)

    @cached_property
    def sub_operators(self) -> AsyncSubOperatorsResourceWithRawResponse:
        from .resources.sub_operators import AsyncSubOperatorsResourceWithRawResponse

        return AsyncSubOperatorsResourceWithRawResponse(self._client.sub_operators)

    @cached_property
    def subscription_plans(self) -> AsyncSubscriptionPlansResourceWithRawResponse:
        from .resources.subscription_plans import (
            AsyncSubscriptionPlansResourceWithRawResponse,
        )

        return AsyncSubscriptionPlansResourceWithRawResponse(
            self._client.subscription_plans
        )

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithRawResponse:
        from .resources.subscriptions import AsyncSubscriptionsResourceWithRawResponse

        return AsyncSubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def tariffs(self) -> AsyncTariffsResourceWithRawResponse:
        from .resources.tariffs import AsyncTariffsResourceWithRawResponse

        return AsyncTariffsResourceWithRawResponse(self._client.tariffs)

    @cached_property
    def tax_identification_numbers(
        self,
    ) -> AsyncTaxIdentificationNumbersResourceWithRawResponse:
        from .resources.tax_identification_numbers import (
            AsyncTaxIdentificationNumbersResourceWithRawResponse,
        )

        return AsyncTaxIdentificationNumbersResourceWithRawResponse(
            self._client.tax_identification_numbers
        )

    @cached_property
    def taxes(self) -> AsyncTaxesResourceWithRawResponse:
        from .resources.taxes import AsyncTaxesResourceWithRawResponse

        return AsyncTaxesResourceWithRawResponse(self._client.taxes)

    @cached_property
    def templates(self) -> AsyncTemplatesResourceWithRawResponse:
        from .resources.templates import AsyncTemplatesResourceWithRawResponse

        return AsyncTemplatesResourceWithRawResponse(self._client.templates)

    @cached_property
    def terms_and_policies(self) -> AsyncTermsAndPoliciesResourceWithRawResponse:
        from .resources.terms_and_policies import (
            AsyncTermsAndPoliciesResourceWithRawResponse,
        )

        return AsyncTermsAndPoliciesResourceWithRawResponse(
            self._client.terms_and_policies
        )

    @cached_property
    def top_up_packages(self) -> AsyncTopUpPackagesResourceWithRawResponse:
        from .resources.top_up_packages import AsyncTopUpPackagesResourceWithRawResponse

        return AsyncTopUpPackagesResourceWithRawResponse(self._client.top_up_packages)

    @cached_property
    def transactions(self) -> AsyncTransactionsResourceWithRawResponse:
        from .resources.transactions import AsyncTransactionsResourceWithRawResponse

        return AsyncTransactionsResourceWithRawResponse(self._client.transactions)

    @cached_property
    def user_groups(self) -> AsyncUserGroupsResourceWithRawResponse:
        from .resources.user_groups import AsyncUserGroupsResourceWithRawResponse

        return AsyncUserGroupsResourceWithRawResponse(self._client.user_groups)

    @cached_property
    def users(self) -> AsyncUsersResourceWithRawResponse:
        from .resources.users import AsyncUsersResourceWithRawResponse

        return AsyncUsersResourceWithRawResponse(self._client.users)

    @cached_property
    def utilities(self) -> AsyncUtilitiesResourceWithRawResponse:
        from .resources.utilities import AsyncUtilitiesResourceWithRawResponse

        return AsyncUtilitiesResourceWithRawResponse(self._client.utilities)

    @cached_property
    def vendor_error_codes(self) -> AsyncVendorErrorCodesResourceWithRawResponse:
        from .resources.vendor_error_codes import (
            AsyncVendorErrorCodesResourceWithRawResponse,
        )

        return AsyncVendorErrorCodesResourceWithRawResponse(
            self._client.vendor_error_codes
        )

    @cached_property
    def vouchers(self) -> AsyncVouchersResourceWithRawResponse:
        from .resources.vouchers import AsyncVouchersResourceWithRawResponse

        return AsyncVouchersResourceWithRawResponse(self._client.vouchers)


class AsyncAmpecoWithStreamingResponse:
    """``AsyncAmpeco.with_streaming_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: AsyncAmpeco) -> None:
        self._client = client

    @cached_property
    def authorizations(self) -> AsyncAuthorizationsResourceWithStreamingResponse:
        from .resources.authorizations import (
            AsyncAuthorizationsResourceWithStreamingResponse,
        )

        return AsyncAuthorizationsResourceWithStreamingResponse(
            self._client.authorizations
        )

    @cached_property
    def booking_requests(self) -> AsyncBookingRequestsResourceWithStreamingResponse:
        from .resources.booking_requests import (
            AsyncBookingRequestsResourceWithStreamingResponse,
        )

        return AsyncBookingRequestsResourceWithStreamingResponse(
            self._client.booking_requests
        )

    @cached_property
    def bookings(self) -> AsyncBookingsResourceWithStreamingResponse:
        from .resources.bookings import AsyncBookingsResourceWithStreamingResponse

        return AsyncBookingsResourceWithStreamingResponse(self._client.bookings)

    @cached_property
    def cdrs(self) -> AsyncCdrsResourceWithStreamingResponse:
        from .resources.cdrs import AsyncCdrsResourceWithStreamingResponse

        return AsyncCdrsResourceWithStreamingResponse(self._client.cdrs)

    @cached_property
    def certificates(self) -> AsyncCertificatesResourceWithStreamingResponse:
        from .resources.certificates import (
            AsyncCertificatesResourceWithStreamingResponse,
        )

        return AsyncCertificatesResourceWithStreamingResponse(self._client.certificates)

    @cached_property
    def charge_point_downtime_periods(
        self,
    ) -> AsyncChargePointDowntimePeriodsResourceWithStreamingResponse:
        from .resources.charge_point_downtime_periods import (
            AsyncChargePointDowntimePeriodsResourceWithStreamingResponse,
        )

        return AsyncChargePointDowntimePeriodsResourceWithStreamingResponse(
            self._client.charge_point_downtime_periods
        )

    @cached_property
    def charge_point_models(
        self,
    ) -> AsyncChargePointModelsResourceWithStreamingResponse:
        from .resources.charge_point_models import (
            AsyncChargePointModelsResourceWithStreamingResponse,
        )

        return AsyncChargePointModelsResourceWithStreamingResponse(
            self._client.charge_point_models
        )

    @cached_property
    def charge_point_vendors(
        self,
    ) -> AsyncChargePointVendorsResourceWithStreamingResponse:
        from .resources.charge_point_vendors import (
            AsyncChargePointVendorsResourceWithStreamingResponse,
        )

        return AsyncChargePointVendorsResourceWithStreamingResponse(
            self._client.charge_point_vendors
        )

    @cached_property
    def charge_points(self) -> AsyncChargePointsResourceWithStreamingResponse:
        from .resources.charge_points import (
            AsyncChargePointsResourceWithStreamingResponse,
        )

        return AsyncChargePointsResourceWithStreamingResponse(
            self._client.charge_points
        )

    @cached_property
    def circuits(self) -> AsyncCircuitsResourceWithStreamingResponse:
        from .resources.circuits import AsyncCircuitsResourceWithStreamingResponse

        return AsyncCircuitsResourceWithStreamingResponse(self._client.circuits)

    @cached_property
    def configuration_templates(
        self,
    ) -> AsyncConfigurationTemplatesResourceWithStreamingResponse:
        from .resources.configuration_templates import (
            AsyncConfigurationTemplatesResourceWithStreamingResponse,
        )

        return AsyncConfigurationTemplatesResourceWithStreamingResponse(
            self._client.configuration_templates
        )

    @cached_property
    def consents(self) -> AsyncConsentsResourceWithStreamingResponse:
        from .resources.consents import AsyncConsentsResourceWithStreamingResponse

        return AsyncConsentsResourceWithStreamingResponse(self._client.consents)

    @cached_property
    def contact_details(self) -> AsyncContactDetailsResourceWithStreamingResponse:
        from .resources.contact_details import (
            AsyncContactDetailsResourceWithStreamingResponse,
        )

        return AsyncContactDetailsResourceWithStreamingResponse(
            self._client.contact_details
        )

    @cached_property
    def currencies(self) -> AsyncCurrenciesResourceWithStreamingResponse:
        from .resources.currencies import AsyncCurrenciesResourceWithStreamingResponse

        return AsyncCurrenciesResourceWithStreamingResponse(self._client.currencies)

    @cached_property
    def currency_rates(self) -> AsyncCurrencyRatesResourceWithStreamingResponse:
        from .resources.currency_rates import (
            AsyncCurrencyRatesResourceWithStreamingResponse,
        )

        return AsyncCurrencyRatesResourceWithStreamingResponse(
            self._client.currency_rates
        )

    @cached_property
    def custom_fees(self) -> AsyncCustomFeesResourceWithStreamingResponse:
        from .resources.custom_fees import AsyncCustomFeesResourceWithStreamingResponse

        return AsyncCustomFeesResourceWithStreamingResponse(self._client.custom_fees)

    @cached_property
    def downtime_period_notices(
        self,
    ) -> AsyncDowntimePeriodNoticesResourceWithStreamingResponse:
        from .resources.downtime_period_notices import (
            AsyncDowntimePeriodNoticesResourceWithStreamingResponse,
        )

        return AsyncDowntimePeriodNoticesResourceWithStreamingResponse(
            self._client.downtime_period_notices
        )

    @cached_property
    def electricity_meters(self) -> AsyncElectricityMetersResourceWithStreamingResponse:
        from .resources.electricity_meters import (
            AsyncElectricityMetersResourceWithStreamingResponse,
        )

        return AsyncElectricityMetersResourceWithStreamingResponse(
            self._client.electricity_meters
        )

    @cached_property
    def electricity_rates(self) -> AsyncElectricityRatesResourceWithStreamingResponse:
        from .resources.electricity_rates import (
            AsyncElectricityRatesResourceWithStreamingResponse,
        )

        return AsyncElectricityRatesResourceWithStreamingResponse(
            self._client.electricity_rates
        )

    @cached_property
    def evse_downtime_periods(
        self,
    ) -> AsyncEvseDowntimePeriodsResourceWithStreamingResponse:
        from .resources.evse_downtime_periods import (
            AsyncEvseDowntimePeriodsResourceWithStreamingResponse,
        )

        return AsyncEvseDowntimePeriodsResourceWithStreamingResponse(
            self._client.evse_downtime_periods
        )

    @cached_property
    def evses(self) -> AsyncEvsesResourceWithStreamingResponse:
        from .resources.evses import AsyncEvsesResourceWithStreamingResponse

        return AsyncEvsesResourceWithStreamingResponse(self._client.evses)

    @cached_property
    def faqs(self) -> AsyncFaqsResourceWithStreamingResponse:
        from .resources.faqs import AsyncFaqsResourceWithStreamingResponse

        return AsyncFaqsResourceWithStreamingResponse(self._client.faqs)

    @cached_property
    def firmware_versions(self) -> AsyncFirmwareVersionsResourceWithStreamingResponse:
        from .resources.firmware_versions import (
            AsyncFirmwareVersionsResourceWithStreamingResponse,
        )

        return AsyncFirmwareVersionsResourceWithStreamingResponse(
            self._client.firmware_versions
        )

    @cached_property
    def flexibility_activation_requests(
        self,
    ) -> AsyncFlexibilityActivationRequestsResourceWithStreamingResponse:
        from .resources.flexibility_activation_requests import (
            AsyncFlexibilityActivationRequestsResourceWithStreamingResponse,
        )

        return AsyncFlexibilityActivationRequestsResourceWithStreamingResponse(
            self._client.flexibility_activation_requests
        )

    @cached_property
    def flexibility_assets(self) -> AsyncFlexibilityAssetsResourceWithStreamingResponse:
        from .resources.flexibility_assets import (
            AsyncFlexibilityAssetsResourceWithStreamingResponse,
        )

        return AsyncFlexibilityAssetsResourceWithStreamingResponse(
            self._client.flexibility_assets
        )

    @cached_property
    def id_tags(self) -> AsyncIdTagsResourceWithStreamingResponse:
        from .resources.id_tags import AsyncIdTagsResourceWithStreamingResponse

        return AsyncIdTagsResourceWithStreamingResponse(self._client.id_tags)

    @cached_property
    def installer_jobs(self) -> AsyncInstallerJobsResourceWithStreamingResponse:
        from .resources.installer_jobs import (
            AsyncInstallerJobsResourceWithStreamingResponse,
        )

        return AsyncInstallerJobsResourceWithStreamingResponse(
            self._client.installer_jobs
        )

    @cached_property
    def invoices(self) -> AsyncInvoicesResourceWithStreamingResponse:
        from .resources.invoices import AsyncInvoicesResourceWithStreamingResponse

        return AsyncInvoicesResourceWithStreamingResponse(self._client.invoices)

    @cached_property
    def locations(self) -> AsyncLocationsResourceWithStreamingResponse:
        from .resources.locations import AsyncLocationsResourceWithStreamingResponse

        return AsyncLocationsResourceWithStreamingResponse(self._client.locations)

    @cached_property
    def notifications(self) -> AsyncNotificationsResourceWithStreamingResponse:
        from .resources.notifications import (
            AsyncNotificationsResourceWithStreamingResponse,
        )

        return AsyncNotificationsResourceWithStreamingResponse(
            self._client.notifications
        )

    @cached_property
    def parking_spaces(self) -> AsyncParkingSpacesResourceWithStreamingResponse:
        from .resources.parking_spaces import (
            AsyncParkingSpacesResourceWithStreamingResponse,
        )

        return AsyncParkingSpacesResourceWithStreamingResponse(
            self._client.parking_spaces
        )

    @cached_property
    def partner_contracts(self) -> AsyncPartnerContractsResourceWithStreamingResponse:
        from .resources.partner_contracts import (
            AsyncPartnerContractsResourceWithStreamingResponse,
        )

        return AsyncPartnerContractsResourceWithStreamingResponse(
            self._client.partner_contracts
        )

    @cached_property
    def partner_invites(self) -> AsyncPartnerInvitesResourceWithStreamingResponse:
        from .resources.partner_invites import (
            AsyncPartnerInvitesResourceWithStreamingResponse,
        )

        return AsyncPartnerInvitesResourceWithStreamingResponse(
            self._client.partner_invites
        )

    @cached_property
    def partner_settlement_reports(
        self,
    ) -> AsyncPartnerSettlementReportsResourceWithStreamingResponse:
        from .resources.partner_settlement_reports import (
            AsyncPartnerSettlementReportsResourceWithStreamingResponse,
        )

        return AsyncPartnerSettlementReportsResourceWithStreamingResponse(
            self._client.partner_settlement_reports
        )

    @cached_property
    def partners(self) -> AsyncPartnersResourceWithStreamingResponse:
        from .resources.partners import AsyncPartnersResourceWithStreamingResponse

        return AsyncPartnersResourceWithStreamingResponse(self._client.partners)

    @cached_property
    def payment_terminals(self) -> AsyncPaymentTerminalsResourceWithStreamingResponse:
        from .resources.payment_terminals import (
            AsyncPaymentTerminalsResourceWithStreamingResponse,
        )

        return AsyncPaymentTerminalsResourceWithStreamingResponse(
            self._client.payment_terminals
        )

    @cached_property
    def provisioning_certificates(
        self,
    ) -> AsyncProvisioningCertificatesResourceWithStreamingResponse:
        from .resources.provisioning_certificates import (
            AsyncProvisioningCertificatesResourceWithStreamingResponse,
        )

        return AsyncProvisioningCertificatesResourceWithStreamingResponse(
            self._client.provisioning_certificates
        )

    @cached_property
    def receipts(self) -> AsyncReceiptsResourceWithStreamingResponse:
        from .resources.receipts import AsyncReceiptsResourceWithStreamingResponse

        return AsyncReceiptsResourceWithStreamingResponse(self._client.receipts)

    @cached_property
    def reservations(self) -> AsyncReservationsResourceWithStreamingResponse:
        from .resources.reservations import (
            AsyncReservationsResourceWithStreamingResponse,
        )

        return AsyncReservationsResourceWithStreamingResponse(self._client.reservations)

    @cached_property
    def revenues_expenses(self) -> AsyncRevenuesExpensesResourceWithStreamingResponse:
        from .resources.revenues_expenses import (
            AsyncRevenuesExpensesResourceWithStreamingResponse,
        )

        return AsyncRevenuesExpensesResourceWithStreamingResponse(
            self._client.revenues_expenses
        )

    @cached_property
    def rfids(self) -> AsyncRfidsResourceWithStreamingResponse:
        from .resources.rfids import AsyncRfidsResourceWithStreamingResponse

        return AsyncRfidsResourceWithStreamingResponse(self._client.rfids)

    @cached_property
    def roaming_connections(
        self,
    ) -> AsyncRoamingConnectionsResourceWithStreamingResponse:
        from .resources.roaming_connections import (
            AsyncRoamingConnectionsResourceWithStreamingResponse,
        )

        return AsyncRoamingConnectionsResourceWithStreamingResponse(
            self._client.roaming_connections
        )

    @cached_property
    def roaming_operators(self) -> AsyncRoamingOperatorsResourceWithStreamingResponse:
        from .resources.roaming_operators import (
            AsyncRoamingOperatorsResourceWithStreamingResponse,
        )

        return AsyncRoamingOperatorsResourceWithStreamingResponse(
            self._client.roaming_operators
        )

    @cached_property
    def roaming_platforms(self) -> AsyncRoamingPlatformsResourceWithStreamingResponse:
        from .resources.roaming_platforms import (
            AsyncRoamingPlatformsResourceWithStreamingResponse,
        )

        return AsyncRoamingPlatformsResourceWithStreamingResponse(
            self._client.roaming_platforms
        )

    @cached_property
    def roaming_providers(self) -> AsyncRoamingProvidersResourceWithStreamingResponse:
        from .resources.roaming_providers import (
            AsyncRoamingProvidersResourceWithStreamingResponse,
        )

        return AsyncRoamingProvidersResourceWithStreamingResponse(
            self._client.roaming_providers
        )

    @cached_property
    def roaming_tariffs(self) -> AsyncRoamingTariffsResourceWithStreamingResponse:
        from .resources.roaming_tariffs import (
            AsyncRoamingTariffsResourceWithStreamingResponse,
        )

        return AsyncRoamingTariffsResourceWithStreamingResponse(
            self._client.roaming_tariffs
        )

    @cached_property
    def security_event_logs(
        self,
    ) -> AsyncSecurityEventLogsResourceWithStreamingResponse:
        from .resources.security_event_logs import (
            AsyncSecurityEventLogsResourceWithStreamingResponse,
        )

        return AsyncSecurityEventLogsResourceWithStreamingResponse(
            self._client.security_event_logs
        )

    @cached_property
    def security_events(self) -> AsyncSecurityEventsResourceWithStreamingResponse:
        from .resources.security_events import (
            AsyncSecurityEventsResourceWithStreamingResponse,
        )

        return AsyncSecurityEventsResourceWithStreamingResponse(
            self._client.security_events
        )

    @cached_property
    def sessions(self) -> AsyncSessionsResourceWithStreamingResponse:
        from .resources.sessions import AsyncSessionsResourceWithStreamingResponse

        return AsyncSessionsResourceWithStreamingResponse(self._client.sessions)

    @cached_property
    def settings(self) -> AsyncSettingsResourceWithStreamingResponse:
        from .resources.settings import AsyncSettingsResourceWithStreamingResponse

        return AsyncSettingsResourceWithStreamingResponse(self._client.settings)

    @cached_property
    def sub_operators(self) -> AsyncSubOperatorsResourceWithStreamingResponse:
        from .resources.sub_operators import (
            AsyncSubOperatorsResourceWithStreamingResponse,
        )

        return AsyncSubOperatorsResourceWithStreamingResponse(
            self._client.sub_operators
        )

    @cached_property
    def subscription_plans(self) -> AsyncSubscriptionPlansResourceWithStreamingResponse:
        from .resources.subscription_plans import (
            AsyncSubscriptionPlansResourceWithStreamingResponse,
        )

        return AsyncSubscriptionPlansResourceWithStreamingResponse(
            self._client.subscription_plans
        )

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithStreamingResponse:
        from .resources.subscriptions import (
            AsyncSubscriptionsResourceWithStreamingResponse,
        )

        return AsyncSubscriptionsResourceWithStreamingResponse(
            self._client.subscriptions
        )

    @cached_property
    def tariffs(self) -> AsyncTariffsResourceWithStreamingResponse:
        from .resources.tariffs import AsyncTariffsResourceWithStreamingResponse

        return AsyncTariffsResourceWithStreamingResponse(self._client.tariffs)

    @cached_property
    def tax_identification_numbers(
        self,
    ) -> AsyncTaxIdentificationNumbersResourceWithStreamingResponse:
        from .resources.tax_identification_numbers import (
            AsyncTaxIdentificationNumbersResourceWithStreamingResponse,
        )

        return AsyncTaxIdentificationNumbersResourceWithStreamingResponse(
            self._client.tax_identification_numbers
        )

    @cached_property
    def taxes(self) -> AsyncTaxesResourceWithStreamingResponse:
        from .resources.taxes import AsyncTaxesResourceWithStreamingResponse

        return AsyncTaxesResourceWithStreamingResponse(self._client.taxes)

    @cached_property
    def templates(self) -> AsyncTemplatesResourceWithStreamingResponse:
        from .resources.templates import AsyncTemplatesResourceWithStreamingResponse

        return AsyncTemplatesResourceWithStreamingResponse(self._client.templates)

    @cached_property
    def terms_and_policies(self) -> AsyncTermsAndPoliciesResourceWithStreamingResponse:
        from .resources.terms_and_policies import (
            AsyncTermsAndPoliciesResourceWithStreamingResponse,
        )

        return AsyncTermsAndPoliciesResourceWithStreamingResponse(
            self._client.terms_and_policies
        )

    @cached_property
    def top_up_packages(self) -> AsyncTopUpPackagesResourceWithStreamingResponse:
        from .resources.top_up_packages import (
            AsyncTopUpPackagesResourceWithStreamingResponse,
        )

        return AsyncTopUpPackagesResourceWithStreamingResponse(
            self._client.top_up_packages
        )

    @cached_property
    def transactions(self) -> AsyncTransactionsResourceWithStreamingResponse:
        from .resources.transactions import (
            AsyncTransactionsResourceWithStreamingResponse,
        )

        return AsyncTransactionsResourceWithStreamingResponse(self._client.transactions)

    @cached_property
    def user_groups(self) -> AsyncUserGroupsResourceWithStreamingResponse:
        from .resources.user_groups import AsyncUserGroupsResourceWithStreamingResponse

        return AsyncUserGroupsResourceWithStreamingResponse(self._client.user_groups)

    @cached_property
    def users(self) -> AsyncUsersResourceWithStreamingResponse:
        from .resources.users import AsyncUsersResourceWithStreamingResponse

        return AsyncUsersResourceWithStreamingResponse(self._client.users)

    @cached_property
    def utilities(self) -> AsyncUtilitiesResourceWithStreamingResponse:
        from .resources.utilities import AsyncUtilitiesResourceWithStreamingResponse

        return AsyncUtilitiesResourceWithStreamingResponse(self._client.utilities)

    @cached_property
    def vendor_error_codes(self) -> AsyncVendorErrorCodesResourceWithStreamingResponse:
        from .resources.vendor_error_codes import (
            AsyncVendorErrorCodesResourceWithStreamingResponse,
        )

        return AsyncVendorErrorCodesResourceWithStreamingResponse(
            self._client.vendor_error_codes
        )

    @cached_property
    def vouchers(self) -> AsyncVouchersResourceWithStreamingResponse:
        from .resources.vouchers import AsyncVouchersResourceWithStreamingResponse

        return AsyncVouchersResourceWithStreamingResponse(self._client.vouchers)
