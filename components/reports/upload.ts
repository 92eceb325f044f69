// Sends the report form with XMLHttpRequest: unlike fetch it reports upload progress.

export type UploadResult =
  { kind: 'network' } | { kind: 'response'; status: number; body: unknown; responseURL: string; isJson: boolean };

export function uploadReport(
  action: string,
  data: FormData,
  onProgress: (fraction: number) => void,
  onUploaded: () => void,
): { promise: Promise<UploadResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadResult>((resolve) => {
    xhr.open('POST', action);
    xhr.setRequestHeader('Accept', 'application/json');
    // Lets the server recognise a replay of a filed report before reading the body (flood limit).
    const key = data.get('idempotencyKey');
    if (typeof key === 'string' && key) xhr.setRequestHeader('Idempotency-Key', key);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onUploaded();
    xhr.onload = () => {
      const type = xhr.getResponseHeader('content-type') ?? '';
      const isJson = type.includes('json');
      let body: unknown = null;
      if (isJson) {
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = null;
        }
      }
      resolve({ kind: 'response', status: xhr.status, body, responseURL: xhr.responseURL, isJson });
    };
    // A dropped connection, a refused request or a timeout: nothing is known about the result.
    xhr.onerror = () => resolve({ kind: 'network' });
    xhr.ontimeout = () => resolve({ kind: 'network' });
    xhr.onabort = () => resolve({ kind: 'network' });
    xhr.send(data);
  });
  return { promise, abort: () => xhr.abort() };
}
