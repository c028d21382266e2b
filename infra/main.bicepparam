// The parameters azd passes (`azd env set NAME VALUE`); README "Deploy to Azure" says which to set before `azd up`.
using './main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'wfteams')
param location = readEnvironmentVariable('AZURE_LOCATION', 'germanywestcentral')
param organisation = readEnvironmentVariable('WFTEAMS_ORGANISATION', 'Wirtschaftsförderung')
param legalContact = readEnvironmentVariable('WFTEAMS_LEGAL_CONTACT')
param apiClientId = readEnvironmentVariable('WFTEAMS_API_CLIENT_ID')
param apiEditorGroupId = readEnvironmentVariable('WFTEAMS_API_EDITOR_GROUP_ID', '')
param reportsSigningKey = readEnvironmentVariable('WFTEAMS_REPORTS_SIGNING_KEY')
param sharePointSiteUrl = readEnvironmentVariable('WFTEAMS_SHAREPOINT_SITE_URL', '')
param sharePointLibrary = readEnvironmentVariable('WFTEAMS_SHAREPOINT_LIBRARY', '')
param sharePointFolder = readEnvironmentVariable('WFTEAMS_SHAREPOINT_FOLDER', '')
param appServiceSku = readEnvironmentVariable('WFTEAMS_APP_SERVICE_SKU', 'B1')
