"""The AMPECO.CHARGE Public API clients: one attribute per resource, created on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.client import AsyncClient, SyncClient
from ._version import __api_version__, __version__

if TYPE_CHECKING:
    from .resources.authorizations import (
        AsyncAuthorizationsResource,
        AuthorizationsResource,
    )
    from .resources.booking_requests import (
        AsyncBookingRequestsResource,
        BookingRequestsResource,
    )
    from .resources.bookings import AsyncBookingsResource, BookingsResource
    from .resources.cdrs import AsyncCdrsResource, CdrsResource
    from .resources.certificates import AsyncCertificatesResource, CertificatesResource
    from .resources.charge_point_downtime_periods import (
        AsyncChargePointDowntimePeriodsResource,
        ChargePointDowntimePeriodsResource,
    )
    from .resources.charge_point_models import (
        AsyncChargePointModelsResource,
        ChargePointModelsResource,
    )
    from .resources.charge_point_vendors import (
        AsyncChargePointVendorsResource,
        ChargePointVendorsResource,
    )
    from .resources.charge_points import AsyncChargePointsResource, ChargePointsResource
    from .resources.circuits import AsyncCircuitsResource, CircuitsResource
    from .resources.configuration_templates import (
        AsyncConfigurationTemplatesResource,
        ConfigurationTemplatesResource,
    )
    from .resources.consents import AsyncConsentsResource, ConsentsResource
    from .resources.contact_details import (
        AsyncContactDetailsResource,
        ContactDetailsResource,
    )
    from .resources.currencies import AsyncCurrenciesResource, CurrenciesResource
    from .resources.currency_rates import (
        AsyncCurrencyRatesResource,
        CurrencyRatesResource,
    )
    from .resources.custom_fees import AsyncCustomFeesResource, CustomFeesResource
    from .resources.downtime_period_notices import (
        AsyncDowntimePeriodNoticesResource,
        DowntimePeriodNoticesResource,
    )
    from .resources.electricity_meters import (
        AsyncElectricityMetersResource,
        ElectricityMetersResource,
    )
    from .resources.electricity_rates import (
        AsyncElectricityRatesResource,
        ElectricityRatesResource,
    )
    from .resources.evse_downtime_periods import (
        AsyncEvseDowntimePeriodsResource,
        EvseDowntimePeriodsResource,
    )
    from .resources.evses import AsyncEvsesResource, EvsesResource
    from .resources.faqs import AsyncFaqsResource, FaqsResource
    from .resources.firmware_versions import (
        AsyncFirmwareVersionsResource,
        FirmwareVersionsResource,
    )
    from .resources.flexibility_activation_requests import (
        AsyncFlexibilityActivationRequestsResource,
        FlexibilityActivationRequestsResource,
    )
    from .resources.flexibility_assets import (
        AsyncFlexibilityAssetsResource,
        FlexibilityAssetsResource,
    )
    from .resources.id_tags import AsyncIdTagsResource, IdTagsResource
    from .resources.installer_jobs import (
        AsyncInstallerJobsResource,
        InstallerJobsResource,
    )
    from .resources.invoices import AsyncInvoicesResource, InvoicesResource
    from .resources.locations import AsyncLocationsResource, LocationsResource
    from .resources.notifications import (
        AsyncNotificationsResource,
        NotificationsResource,
    )
    from .resources.parking_spaces import (
        AsyncParkingSpacesResource,
        ParkingSpacesResource,
    )
    from .resources.partner_contracts import (
        AsyncPartnerContractsResource,
        PartnerContractsResource,
    )
    from .resources.partner_invites import (
        AsyncPartnerInvitesResource,
        PartnerInvitesResource,
    )
    from .resources.partner_settlement_reports import (
        AsyncPartnerSettlementReportsResource,
        PartnerSettlementReportsResource,
    )
    from .resources.partners import AsyncPartnersResource, PartnersResource
    from .resources.payment_terminals import (
        AsyncPaymentTerminalsResource,
        PaymentTerminalsResource,
    )
    from .resources.provisioning_certificates import (
        AsyncProvisioningCertificatesResource,
        ProvisioningCertificatesResource,
    )
    from .resources.receipts import AsyncReceiptsResource, ReceiptsResource
    from .resources.reservations import AsyncReservationsResource, ReservationsResource
    from .resources.revenues_expenses import (
        AsyncRevenuesExpensesResource,
        RevenuesExpensesResource,
    )
    from .resources.rfids import AsyncRfidsResource, RfidsResource
    from .resources.roaming_connections import (
        AsyncRoamingConnectionsResource,
        RoamingConnectionsResource,
    )
    from .resources.roaming_operators import (
        AsyncRoamingOperatorsResource,
        RoamingOperatorsResource,
    )
    from .resources.roaming_platforms import (
        AsyncRoamingPlatformsResource,
        RoamingPlatformsResource,
    )
    from .resources.roaming_providers import (
        AsyncRoamingProvidersResource,
        RoamingProvidersResource,
    )
    from .resources.roaming_tariffs import (
        AsyncRoamingTariffsResource,
        RoamingTariffsResource,
    )
    from .resources.security_event_logs import (
        AsyncSecurityEventLogsResource,
        SecurityEventLogsResource,
    )
    from .resources.security_events import (
        AsyncSecurityEventsResource,
        SecurityEventsResource,
    )
    from .resources.sessions import AsyncSessionsResource, SessionsResource
    from .resources.settings import AsyncSettingsResource, SettingsResource
    from .resources.sub_operators import AsyncSubOperatorsResource, SubOperatorsResource
    from .resources.subscription_plans import (
        AsyncSubscriptionPlansResource,
        SubscriptionPlansResource,
    )
    from .resources.subscriptions import (
        AsyncSubscriptionsResource,
        SubscriptionsResource,
    )
    from .resources.tariffs import AsyncTariffsResource, TariffsResource
    from .resources.tax_identification_numbers import (
        AsyncTaxIdentificationNumbersResource,
        TaxIdentificationNumbersResource,
    )
    from .resources.taxes import AsyncTaxesResource, TaxesResource
    from .resources.templates import AsyncTemplatesResource, TemplatesResource
    from .resources.terms_and_policies import (
        AsyncTermsAndPoliciesResource,
        TermsAndPoliciesResource,
    )
    from .resources.top_up_packages import (
        AsyncTopUpPackagesResource,
        TopUpPackagesResource,
    )
    from .resources.transactions import AsyncTransactionsResource, TransactionsResource
    from .resources.user_groups import AsyncUserGroupsResource, UserGroupsResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.utilities import AsyncUtilitiesResource, UtilitiesResource
    from .resources.vendor_error_codes import (
        AsyncVendorErrorCodesResource,
        VendorErrorCodesResource,
    )
    from .resources.vouchers import AsyncVouchersResource, VouchersResource

__all__ = ["Ampeco", "AsyncAmpeco"]


class Ampeco(SyncClient):
    """Synchronous client of the AMPECO.CHARGE Public API 3.110.0.

    ``base_url`` and ``api_token`` fall back to the ``AMPECO_BASE_URL`` and
    ``AMPECO_API_TOKEN`` environment variables.
    """

    _sdk_name = "ampeco"
    _sdk_version = __version__
    _api_version = __api_version__

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


class AsyncAmpeco(AsyncClient):
    """Asynchronous client of the AMPECO.CHARGE Public API 3.110.0.

    ``base_url`` and ``api_token`` fall back to the ``AMPECO_BASE_URL`` and
    ``AMPECO_API_TOKEN`` environment variables.
    """

    _sdk_name = "ampeco"
    _sdk_version = __version__
    _api_version = __api_version__

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
