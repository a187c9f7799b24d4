/** Addresses of the maintenance pages, for links from anywhere in the feature. */
export const machinePath = (id: string) => `/maintenance/machines/${id}`;
export const requestPath = (id: string) => `/maintenance/requests/${id}`;
