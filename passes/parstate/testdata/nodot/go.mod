module plug

go 1.21
