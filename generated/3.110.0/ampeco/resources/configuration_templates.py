"""Operations of ``client.configuration_templates`` (resource / configuration templates)."""

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
    from ..models.charge_point_vendor_update_request import (
        ChargePointVendorUpdateRequest,
    )
    from ..models.configuration_template import ConfigurationTemplate
    from ..models.configuration_template_apply_to_charge_points_request import (
        ConfigurationTemplateApplyToChargePointsRequest,
    )
    from ..models.configuration_template_variable_option1 import (
        ConfigurationTemplateVariableOption1,
    )
    from ..models.configuration_template_variable_option2 import (
        ConfigurationTemplateVariableOption2,
    )
    from ..models.configuration_template_variable_update_request_option1 import (
        ConfigurationTemplateVariableUpdateRequestOption1,
    )
    from ..models.configuration_template_variable_update_request_option2 import (
        ConfigurationTemplateVariableUpdateRequestOption2,
    )
    from ..models.configuration_variable_for_ocpp16 import (
        ConfigurationVariableForOcpp16,
    )
    from ..models.configuration_variable_for_ocpp201 import (
        ConfigurationVariableForOcpp201,
    )
    from ..models.create_configuration_template_request import (
        CreateConfigurationTemplateRequest,
    )
    from ..models.list_configuration_templates_filter import (
        ListConfigurationTemplatesFilter,
    )
    from ..params import (
        ChargePointVendorUpdateRequestParam,
        ConfigurationTemplateApplyToChargePointsRequestParam,
        ConfigurationTemplateVariableUpdateRequestOption1Param,
        ConfigurationTemplateVariableUpdateRequestOption2Param,
        ConfigurationVariableForOcpp16Param,
        ConfigurationVariableForOcpp201Param,
        CreateConfigurationTemplateRequestParam,
        ListConfigurationTemplatesFilterParam,
    )

__all__ = [
    "AsyncConfigurationTemplatesResource",
    "AsyncConfigurationTemplatesResourceWithRawResponse",
    "AsyncConfigurationTemplatesResourceWithStreamingResponse",
    "ConfigurationTemplatesResource",
    "ConfigurationTemplatesResourceWithRawResponse",
    "ConfigurationTemplatesResourceWithStreamingResponse",
]


class ConfigurationTemplatesResource:
    """Synchronous operations of resource / configuration templates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def apply_to_charge_points(
        self,
        template: int,
        *,
        body: (
            ConfigurationTemplateApplyToChargePointsRequest
            | ConfigurationTemplateApplyToChargePointsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Apply to Charge Points

        Apply a configuration template to charge points.

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/configuration-template/v1.0/{template}/apply-to-charge-points`` (operationId ``configurationTemplateApplyToChargePoints``)
        """
        from ..models.configuration_template_apply_to_charge_points_request import (
            ConfigurationTemplateApplyToChargePointsRequest,
        )

        return self._client._request(
            OPERATIONS["configurationTemplateApplyToChargePoints"],
            None,
            path={"template": template},
            body=body,
            timeout=timeout,
            body_type=ConfigurationTemplateApplyToChargePointsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def bulk_create_variables(
        self,
        template: int,
        *,
        body: Sequence[
            ConfigurationVariableForOcpp16
            | ConfigurationVariableForOcpp16Param
            | ConfigurationVariableForOcpp201
            | ConfigurationVariableForOcpp201Param
        ],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Bulk Create Variables

        Create multiple variables for a specific configuration template, adds them to the already existing keys and validates if there are duplicates.

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables`` (operationId ``configurationTemplateBulkCreateVariables``)
        """
        return self._client._request(
            OPERATIONS["configurationTemplateBulkCreateVariables"],
            None,
            path={"template": template},
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_configuration_template(
        self,
        *,
        body: (
            CreateConfigurationTemplateRequest | CreateConfigurationTemplateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Create

        Create new Configuration Template

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/configuration-templates/v1.0`` (operationId ``createConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate
        from ..models.create_configuration_template_request import (
            CreateConfigurationTemplateRequest,
        )

        return self._client._request(
            OPERATIONS["createConfigurationTemplate"],
            ConfigurationTemplate,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateConfigurationTemplateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_configuration_template(
        self,
        template: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Delete

        Delete Configuration Template

        Args:
            template: the template path parameter

        ``DELETE /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``deleteConfigurationTemplate``)
        """
        return self._client._request(
            OPERATIONS["deleteConfigurationTemplate"],
            None,
            path={"template": template},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_configuration_template(
        self,
        template: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Read

        Get Configuration Template

        Args:
            template: the template path parameter

        ``GET /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``getConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate

        return self._client._request(
            OPERATIONS["getConfigurationTemplate"],
            ConfigurationTemplate,
            path={"template": template},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_configuration_templates(
        self,
        *,
        filter: (
            ListConfigurationTemplatesFilter
            | ListConfigurationTemplatesFilterParam
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ConfigurationTemplate]:
        """Configuration Template / Listing

        Get all Configuration Templates

        Args:
            filter: Filters for OCPP version
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/configuration-templates/v1.0`` (operationId ``listConfigurationTemplates``)
        """
        from ..models.configuration_template import ConfigurationTemplate
        from ..models.list_configuration_templates_filter import (
            ListConfigurationTemplatesFilter,
        )

        return self._client._paginate(
            OPERATIONS["listConfigurationTemplates"],
            ConfigurationTemplate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": ListConfigurationTemplatesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_configuration_template(
        self,
        template: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Update

        Update Configuration Template

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``updateConfigurationTemplate``)
        """
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )
        from ..models.configuration_template import ConfigurationTemplate

        return self._client._request(
            OPERATIONS["updateConfigurationTemplate"],
            ConfigurationTemplate,
            path={"template": template},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def variable_create(
        self,
        template: int,
        *,
        body: (
            ConfigurationVariableForOcpp16
            | ConfigurationVariableForOcpp16Param
            | ConfigurationVariableForOcpp201
            | ConfigurationVariableForOcpp201Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2:
        """Configuration Template Variable / Create

        Create a new Configuration Template Variable

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/configuration-templates/v1.0/{template}/variables`` (operationId ``configurationTemplateVariableCreate``)
        """
        from ..models.configuration_template_variable_option1 import (
            ConfigurationTemplateVariableOption1,
        )
        from ..models.configuration_template_variable_option2 import (
            ConfigurationTemplateVariableOption2,
        )

        return cast(
            ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2,
            self._client._request(
                OPERATIONS["configurationTemplateVariableCreate"],
                ConfigurationTemplateVariableOption1
                | ConfigurationTemplateVariableOption2,
                path={"template": template},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def variable_delete(
        self,
        template: int,
        variable: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template Variable / Delete

        Delete a Configuration Template Variable

        Args:
            template: the template path parameter
            variable: the variable path parameter

        ``DELETE /public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}`` (operationId ``configurationTemplateVariableDelete``)
        """
        return self._client._request(
            OPERATIONS["configurationTemplateVariableDelete"],
            None,
            path={"template": template, "variable": variable},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def variable_listing(
        self,
        template: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[
        ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2
    ]:
        """Configuration Template Variable / Listing

        Get all Configuration Template Variables

        Args:
            template: the template path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/configuration-templates/v1.0/{template}/variables`` (operationId ``configurationTemplateVariableListing``)
        """
        from ..models.configuration_template_variable_option1 import (
            ConfigurationTemplateVariableOption1,
        )
        from ..models.configuration_template_variable_option2 import (
            ConfigurationTemplateVariableOption2,
        )

        return self._client._paginate(
            OPERATIONS["configurationTemplateVariableListing"],
            ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2,
            path={"template": template},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def variable_update(
        self,
        template: int,
        variable: int,
        *,
        body: (
            ConfigurationTemplateVariableUpdateRequestOption1
            | ConfigurationTemplateVariableUpdateRequestOption1Param
            | ConfigurationTemplateVariableUpdateRequestOption2
            | ConfigurationTemplateVariableUpdateRequestOption2Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2:
        """Configuration Template Variable / Update

        Update a Configuration Template Variable

        Args:
            template: the template path parameter
            variable: the variable path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}`` (operationId ``configurationTemplateVariableUpdate``)
        """
        from ..models.configuration_template_variable_option1 import (
            ConfigurationTemplateVariableOption1,
        )
        from ..models.configuration_template_variable_option2 import (
            ConfigurationTemplateVariableOption2,
        )

        return cast(
            ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2,
            self._client._request(
                OPERATIONS["configurationTemplateVariableUpdate"],
                ConfigurationTemplateVariableOption1
                | ConfigurationTemplateVariableOption2,
                path={"template": template, "variable": variable},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncConfigurationTemplatesResource:
    """Asynchronous operations of resource / configuration templates."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def apply_to_charge_points(
        self,
        template: int,
        *,
        body: (
            ConfigurationTemplateApplyToChargePointsRequest
            | ConfigurationTemplateApplyToChargePointsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Apply to Charge Points

        Apply a configuration template to charge points.

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/configuration-template/v1.0/{template}/apply-to-charge-points`` (operationId ``configurationTemplateApplyToChargePoints``)
        """
        from ..models.configuration_template_apply_to_charge_points_request import (
            ConfigurationTemplateApplyToChargePointsRequest,
        )

        return await self._client._request(
            OPERATIONS["configurationTemplateApplyToChargePoints"],
            None,
            path={"template": template},
            body=body,
            timeout=timeout,
            body_type=ConfigurationTemplateApplyToChargePointsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def bulk_create_variables(
        self,
        template: int,
        *,
        body: Sequence[
            ConfigurationVariableForOcpp16
            | ConfigurationVariableForOcpp16Param
            | ConfigurationVariableForOcpp201
            | ConfigurationVariableForOcpp201Param
        ],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Bulk Create Variables

        Create multiple variables for a specific configuration template, adds them to the already existing keys and validates if there are duplicates.

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/configuration-template/v1.0/{template}/insert-bulk-variables`` (operationId ``configurationTemplateBulkCreateVariables``)
        """
        return await self._client._request(
            OPERATIONS["configurationTemplateBulkCreateVariables"],
            None,
            path={"template": template},
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_configuration_template(
        self,
        *,
        body: (
            CreateConfigurationTemplateRequest | CreateConfigurationTemplateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Create

        Create new Configuration Template

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/configuration-templates/v1.0`` (operationId ``createConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate
        from ..models.create_configuration_template_request import (
            CreateConfigurationTemplateRequest,
        )

        return await self._client._request(
            OPERATIONS["createConfigurationTemplate"],
            ConfigurationTemplate,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateConfigurationTemplateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_configuration_template(
        self,
        template: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Delete

        Delete Configuration Template

        Args:
            template: the template path parameter

        ``DELETE /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``deleteConfigurationTemplate``)
        """
        return await self._client._request(
            OPERATIONS["deleteConfigurationTemplate"],
            None,
            path={"template": template},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_configuration_template(
        self,
        template: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Read

        Get Configuration Template

        Args:
            template: the template path parameter

        ``GET /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``getConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate

        return await self._client._request(
            OPERATIONS["getConfigurationTemplate"],
            ConfigurationTemplate,
            path={"template": template},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_configuration_templates(
        self,
        *,
        filter: (
            ListConfigurationTemplatesFilter
            | ListConfigurationTemplatesFilterParam
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ConfigurationTemplate]:
        """Configuration Template / Listing

        Get all Configuration Templates

        Args:
            filter: Filters for OCPP version
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/configuration-templates/v1.0`` (operationId ``listConfigurationTemplates``)
        """
        from ..models.configuration_template import ConfigurationTemplate
        from ..models.list_configuration_templates_filter import (
            ListConfigurationTemplatesFilter,
        )

        return self._client._paginate(
            OPERATIONS["listConfigurationTemplates"],
            ConfigurationTemplate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": ListConfigurationTemplatesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_configuration_template(
        self,
        template: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Update

        Update Configuration Template

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``updateConfigurationTemplate``)
        """
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )
        from ..models.configuration_template import ConfigurationTemplate

        return await self._client._request(
            OPERATIONS["updateConfigurationTemplate"],
            ConfigurationTemplate,
            path={"template": template},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def variable_create(
        self,
        template: int,
        *,
        body: (
            ConfigurationVariableForOcpp16
            | ConfigurationVariableForOcpp16Param
            | ConfigurationVariableForOcpp201
            | ConfigurationVariableForOcpp201Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2:
        """Configuration Template Variable / Create

        Create a new Configuration Template Variable

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/configuration-templates/v1.0/{template}/variables`` (operationId ``configurationTemplateVariableCreate``)
        """
        from ..models.configuration_template_variable_option1 import (
            ConfigurationTemplateVariableOption1,
        )
        from ..models.configuration_template_variable_option2 import (
            ConfigurationTemplateVariableOption2,
        )

        return cast(
            ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2,
            await self._client._request(
                OPERATIONS["configurationTemplateVariableCreate"],
                ConfigurationTemplateVariableOption1
                | ConfigurationTemplateVariableOption2,
                path={"template": template},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def variable_delete(
        self,
        template: int,
        variable: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template Variable / Delete

        Delete a Configuration Template Variable

        Args:
            template: the template path parameter
            variable: the variable path parameter

        ``DELETE /public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}`` (operationId ``configurationTemplateVariableDelete``)
        """
        return await self._client._request(
            OPERATIONS["configurationTemplateVariableDelete"],
            None,
            path={"template": template, "variable": variable},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def variable_listing(
        self,
        template: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2
    ]:
        """Configuration Template Variable / Listing

        Get all Configuration Template Variables

        Args:
            template: the template path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/configuration-templates/v1.0/{template}/variables`` (operationId ``configurationTemplateVariableListing``)
        """
        from ..models.configuration_template_variable_option1 import (
            ConfigurationTemplateVariableOption1,
        )
        from ..models.configuration_template_variable_option2 import (
            ConfigurationTemplateVariableOption2,
        )

        return self._client._paginate(
            OPERATIONS["configurationTemplateVariableListing"],
            ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2,
            path={"template": template},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def variable_update(
        self,
        template: int,
        variable: int,
        *,
        body: (
            ConfigurationTemplateVariableUpdateRequestOption1
            | ConfigurationTemplateVariableUpdateRequestOption1Param
            | ConfigurationTemplateVariableUpdateRequestOption2
            | ConfigurationTemplateVariableUpdateRequestOption2Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2:
        """Configuration Template Variable / Update

        Update a Configuration Template Variable

        Args:
            template: the template path parameter
            variable: the variable path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/configuration-templates/v1.0/{template}/variables/{variable}`` (operationId ``configurationTemplateVariableUpdate``)
        """
        from ..models.configuration_template_variable_option1 import (
            ConfigurationTemplateVariableOption1,
        )
        from ..models.configuration_template_variable_option2 import (
            ConfigurationTemplateVariableOption2,
        )

        return cast(
            ConfigurationTemplateVariableOption1 | ConfigurationTemplateVariableOption2,
            await self._client._request(
                OPERATIONS["configurationTemplateVariableUpdate"],
                ConfigurationTemplateVariableOption1
                | ConfigurationTemplateVariableOption2,
                path={"template": template, "variable": variable},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class ConfigurationTemplatesResourceWithRawResponse:
    """``client.with_raw_response.configuration_templates`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ConfigurationTemplatesResource) -> None:
        self.apply_to_charge_points = to_raw(resource.apply_to_charge_points)
        self.bulk_create_variables = to_raw(resource.bulk_create_variables)
        self.create_configuration_template = to_raw(
            resource.create_configuration_template
        )
        self.delete_configuration_template = to_raw(
            resource.delete_configuration_template
        )
        self.get_configuration_template = to_raw(resource.get_configuration_template)
        self.list_configuration_templates = to_raw_listing(
            resource.list_configuration_templates
        )
        self.update_configuration_template = to_raw(
            resource.update_configuration_template
        )
        self.variable_create = to_raw(resource.variable_create)
        self.variable_delete = to_raw(resource.variable_delete)
        self.variable_listing = to_raw_listing(resource.variable_listing)
        self.variable_update = to_raw(resource.variable_update)


class AsyncConfigurationTemplatesResourceWithRawResponse:
    """``client.with_raw_response.configuration_templates`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncConfigurationTemplatesResource) -> None:
        self.apply_to_charge_points = to_async_raw(resource.apply_to_charge_points)
        self.bulk_create_variables = to_async_raw(resource.bulk_create_variables)
        self.create_configuration_template = to_async_raw(
            resource.create_configuration_template
        )
        self.delete_configuration_template = to_async_raw(
            resource.delete_configuration_template
        )
        self.get_configuration_template = to_async_raw(
            resource.get_configuration_template
        )
        self.list_configuration_templates = to_async_raw_listing(
            resource.list_configuration_templates
        )
        self.update_configuration_template = to_async_raw(
            resource.update_configuration_template
        )
        self.variable_create = to_async_raw(resource.variable_create)
        self.variable_delete = to_async_raw(resource.variable_delete)
        self.variable_listing = to_async_raw_listing(resource.variable_listing)
        self.variable_update = to_async_raw(resource.variable_update)


class ConfigurationTemplatesResourceWithStreamingResponse:
    """``client.with_streaming_response.configuration_templates`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ConfigurationTemplatesResource) -> None:
        self.apply_to_charge_points = to_streamed(resource.apply_to_charge_points)
        self.bulk_create_variables = to_streamed(resource.bulk_create_variables)
        self.create_configuration_template = to_streamed(
            resource.create_configuration_template
        )
        self.delete_configuration_template = to_streamed(
            resource.delete_configuration_template
        )
        self.get_configuration_template = to_streamed(
            resource.get_configuration_template
        )
        self.list_configuration_templates = to_streamed_listing(
            resource.list_configuration_templates
        )
        self.update_configuration_template = to_streamed(
            resource.update_configuration_template
        )
        self.variable_create = to_streamed(resource.variable_create)
        self.variable_delete = to_streamed(resource.variable_delete)
        self.variable_listing = to_streamed_listing(resource.variable_listing)
        self.variable_update = to_streamed(resource.variable_update)


class AsyncConfigurationTemplatesResourceWithStreamingResponse:
    """``client.with_streaming_response.configuration_templates`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncConfigurationTemplatesResource) -> None:
        self.apply_to_charge_points = to_async_streamed(resource.apply_to_charge_points)
        self.bulk_create_variables = to_async_streamed(resource.bulk_create_variables)
        self.create_configuration_template = to_async_streamed(
            resource.create_configuration_template
        )
        self.delete_configuration_template = to_async_streamed(
            resource.delete_configuration_template
        )
        self.get_configuration_template = to_async_streamed(
            resource.get_configuration_template
        )
        self.list_configuration_templates = to_async_streamed_listing(
            resource.list_configuration_templates
        )
        self.update_configuration_template = to_async_streamed(
            resource.update_configuration_template
        )
        self.variable_create = to_async_streamed(resource.variable_create)
        self.variable_delete = to_async_streamed(resource.variable_delete)
        self.variable_listing = to_async_streamed_listing(resource.variable_listing)
        self.variable_update = to_async_streamed(resource.variable_update)
