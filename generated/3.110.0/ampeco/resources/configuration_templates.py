"""Operations of ``client.configuration_templates`` (resource / configuration templates)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .._operations import OPERATIONS
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

__all__ = ["AsyncConfigurationTemplatesResource", "ConfigurationTemplatesResource"]


class ConfigurationTemplatesResource:
    """Synchronous operations of resource / configuration templates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def apply_to_charge_points(
        self,
        template: int,
        *,
        body: ConfigurationTemplateApplyToChargePointsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Apply to Charge Points

        Apply a configuration template to charge points.

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/configuration-template/v1.0/{template}/apply-to-charge-points`` (operationId ``configurationTemplateApplyToChargePoints``)
        """
        return self._client._request(
            OPERATIONS["configurationTemplateApplyToChargePoints"],
            None,
            path={"template": template},
            body=body,
            timeout=timeout,
        )

    def bulk_create_variables(
        self,
        template: int,
        *,
        body: Sequence[
            ConfigurationVariableForOcpp16
            | Mapping[str, Any]
            | ConfigurationVariableForOcpp201
        ],
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
        )

    def create_configuration_template(
        self,
        *,
        body: CreateConfigurationTemplateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Create

        Create new Configuration Template

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/configuration-templates/v1.0`` (operationId ``createConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate

        return self._client._request(
            OPERATIONS["createConfigurationTemplate"],
            ConfigurationTemplate,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete_configuration_template(
        self,
        template: int,
        *,
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
        )

    def get_configuration_template(
        self,
        template: int,
        *,
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
        )

    def list_configuration_templates(
        self,
        *,
        filter: ListConfigurationTemplatesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["listConfigurationTemplates"],
            ConfigurationTemplate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def update_configuration_template(
        self,
        template: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Update

        Update Configuration Template

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``updateConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate

        return self._client._request(
            OPERATIONS["updateConfigurationTemplate"],
            ConfigurationTemplate,
            path={"template": template},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def variable_create(
        self,
        template: int,
        *,
        body: (
            ConfigurationVariableForOcpp16
            | Mapping[str, Any]
            | ConfigurationVariableForOcpp201
        ),
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
            ),
        )

    def variable_delete(
        self,
        template: int,
        variable: int,
        *,
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
        )

    def variable_listing(
        self,
        template: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def variable_update(
        self,
        template: int,
        variable: int,
        *,
        body: (
            ConfigurationTemplateVariableUpdateRequestOption1
            | Mapping[str, Any]
            | ConfigurationTemplateVariableUpdateRequestOption2
        ),
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
        body: ConfigurationTemplateApplyToChargePointsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Configuration Template / Apply to Charge Points

        Apply a configuration template to charge points.

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/configuration-template/v1.0/{template}/apply-to-charge-points`` (operationId ``configurationTemplateApplyToChargePoints``)
        """
        return await self._client._request(
            OPERATIONS["configurationTemplateApplyToChargePoints"],
            None,
            path={"template": template},
            body=body,
            timeout=timeout,
        )

    async def bulk_create_variables(
        self,
        template: int,
        *,
        body: Sequence[
            ConfigurationVariableForOcpp16
            | Mapping[str, Any]
            | ConfigurationVariableForOcpp201
        ],
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
        )

    async def create_configuration_template(
        self,
        *,
        body: CreateConfigurationTemplateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Create

        Create new Configuration Template

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/configuration-templates/v1.0`` (operationId ``createConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate

        return await self._client._request(
            OPERATIONS["createConfigurationTemplate"],
            ConfigurationTemplate,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete_configuration_template(
        self,
        template: int,
        *,
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
        )

    async def get_configuration_template(
        self,
        template: int,
        *,
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
        )

    def list_configuration_templates(
        self,
        *,
        filter: ListConfigurationTemplatesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["listConfigurationTemplates"],
            ConfigurationTemplate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    async def update_configuration_template(
        self,
        template: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ConfigurationTemplate:
        """Configuration Template / Update

        Update Configuration Template

        Args:
            template: the template path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/configuration-templates/v1.0/{template}`` (operationId ``updateConfigurationTemplate``)
        """
        from ..models.configuration_template import ConfigurationTemplate

        return await self._client._request(
            OPERATIONS["updateConfigurationTemplate"],
            ConfigurationTemplate,
            path={"template": template},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def variable_create(
        self,
        template: int,
        *,
        body: (
            ConfigurationVariableForOcpp16
            | Mapping[str, Any]
            | ConfigurationVariableForOcpp201
        ),
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
            ),
        )

    async def variable_delete(
        self,
        template: int,
        variable: int,
        *,
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
        )

    def variable_listing(
        self,
        template: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def variable_update(
        self,
        template: int,
        variable: int,
        *,
        body: (
            ConfigurationTemplateVariableUpdateRequestOption1
            | Mapping[str, Any]
            | ConfigurationTemplateVariableUpdateRequestOption2
        ),
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
            ),
        )
