// The Azure Bot: the user-assigned identity is the bot's Entra identity (new multi-tenant bots are no longer possible).
param name string
param tags object
param identityId string
param identityClientId string

@description('The web app\'s host name; the messaging endpoint is https://{hostName}/api/messages.')
param hostName string

@allowed(['F0', 'S1'])
@description('F0 is free for the Teams channel (a standard channel).')
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: 'WfTeams'
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenant().tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
