// The one secret the host has (Reports:SigningKey), read by the web app through a Key Vault reference.
param name string
param location string
param tags object

@description('The identity that may read the secrets.')
param principalId string

@secure()
param reportsSigningKey string

// Built-in role "Key Vault Secrets User".
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource signingKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'reports-signing-key'
  properties: {
    value: reportsSigningKey
    contentType: 'base64'
  }
}

resource secretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, secretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Without a version: the reference follows the newest version of the secret.
output signingKeySecretUri string = signingKey.properties.secretUri
