// The baseline of bench:live: a bare Socket.IO server with the API's `/live` namespace shape — clients
// join a sensor room with `subscribe`, and whatever a producer sends with `publish` is broadcast to
// that room as `reading`. No authentication, no pipeline. Usage: node live-bare-server.mjs <port>
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.argv[2]);
const http = createServer();
const live = new Server(http).of('/live');
live.on('connection', (socket) => {
  socket.on('subscribe', ({ sensorIds }, ack) => {
    socket.join(sensorIds.map((id) => `sensor:${id}`));
    ack({ ok: true });
  });
  socket.on('publish', (reading) => live.to(`sensor:${reading.sensorId}`).emit('reading', reading));
});
http.listen(port, '127.0.0.1', () => console.log('ready'));
