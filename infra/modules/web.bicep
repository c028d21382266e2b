// The host: a Linux App Service for .NET 10 running `wfteams serve`, with the identity and every setting it needs.
param planName string
param siteName string
param location string
param tags object
param sku string
param identityId string
param identityClientId string
param tableEndpoint string
param signingKeySecretUri string
param insightsConnectionString string
param organisation string
param legalContact string
param apiClientId string
param apiEditorGroupId string
param sharePointSiteUrl string
param sharePointLibrary string
param sharePointFolder string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: sku }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  // azd deploys the service `bot` of azure.yaml to the site with this tag.
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet wfteams.dll serve'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz/ready'
    }
  }
}

resource publishingFtp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

var hostName = site.properties.defaultHostName

// Optional settings are left out rather than set empty, so the host's defaults apply.
var optional = {
  Api__EditorGroupId: apiEditorGroupId
  SharePoint__SiteUrl: sharePointSiteUrl
  SharePoint__Library: sharePointLibrary
  SharePoint__Folder: sharePointFolder
  SharePoint__ClientId: empty(sharePointSiteUrl) ? '' : identityClientId
}

// A child resource (not siteConfig.appSettings) because Bot:HostName is the site's own default host name.
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    {
      // App Service forwards to port 8080; appsettings.json's loopback Urls is for development.
      Urls: 'http://0.0.0.0:8080'
      WEBSITES_PORT: '8080'
      AZURE_CLIENT_ID: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: insightsConnectionString
      Storage__Endpoint: tableEndpoint
      Bot__AppId: identityClientId
      Bot__TenantId: tenant().tenantId
      Bot__HostName: hostName
      Api__ClientId: apiClientId
      Profile__Organisation: organisation
      Legal__Contact: legalContact
      Reports__SigningKey: '@Microsoft.KeyVault(SecretUri=${signingKeySecretUri})'
    },
    toObject(filter(items(optional), setting => !empty(setting.value)), setting => setting.key, setting => setting.value)
  )
}

output hostName string = hostName
