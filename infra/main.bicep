// WfTeams on Azure: `azd up` provisions this (a resource group per azd environment) and deploys the host.
// Everything the host needs, nothing it does not: one identity for storage, Key Vault and the bot.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('The azd environment name; names the resource group and the resources.')
param environmentName string

@minLength(1)
@description('The Azure region of everything but the bot (the bot registration is global).')
param location string

@description('The agency\'s name: Prozesssteckbrief header, privacy and terms pages.')
param organisation string

@description('Who to ask about data protection: an e-mail address or a URL (privacy and terms pages).')
param legalContact string

@description('The API\'s Entra app registration (client) id, the audience of the Word add-in\'s tokens (README: Deploy to Azure).')
param apiClientId string

@description('An Entra group whose members may write like holders of the app role Process.Editor; optional.')
param apiEditorGroupId string = ''

@secure()
@minLength(44)
@description('Base64 of at least 32 random bytes (openssl rand -base64 32): signs case report links; stored in Key Vault.')
param reportsSigningKey string

@description('The handbook\'s SharePoint site address (https://contoso.sharepoint.com/sites/Prozesse); empty: no SharePoint publishing.')
param sharePointSiteUrl string = ''

@description('The document library on that site; empty: the site\'s default library.')
param sharePointLibrary string = ''

@description('A folder in that library that exists; empty: the library\'s root.')
param sharePointFolder string = ''

@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3'])
@description('The App Service plan (Basic or above: alwaysOn and the health check need it).')
param appServiceSku string = 'B1'

var tags = { 'azd-env-name': environmentName }
var token = toLower(uniqueString(subscription().id, environmentName, location))

resource group 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: {
    name: 'id-wfteams-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    name: 'stwf${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module vault 'modules/vault.bicep' = {
  name: 'vault'
  scope: group
  params: {
    name: 'kv-wf-${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    reportsSigningKey: reportsSigningKey
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    workspaceName: 'log-wfteams-${token}'
    insightsName: 'appi-wfteams-${token}'
    location: location
    tags: tags
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  scope: group
  params: {
    planName: 'plan-wfteams-${token}'
    siteName: 'app-wfteams-${token}'
    location: location
    tags: tags
    sku: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tableEndpoint: storage.outputs.tableEndpoint
    signingKeySecretUri: vault.outputs.signingKeySecretUri
    insightsConnectionString: monitoring.outputs.connectionString
    organisation: organisation
    legalContact: legalContact
    apiClientId: apiClientId
    apiEditorGroupId: apiEditorGroupId
    sharePointSiteUrl: sharePointSiteUrl
    sharePointLibrary: sharePointLibrary
    sharePointFolder: sharePointFolder
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  scope: group
  params: {
    name: 'bot-wfteams-${token}'
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostName: web.outputs.hostName
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output WFTEAMS_HOST string = web.outputs.hostName
output WFTEAMS_BOT_APP_ID string = identity.outputs.clientId
output WFTEAMS_BOT_NAME string = bot.outputs.name
output WFTEAMS_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
